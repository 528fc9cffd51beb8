import gc
from array import array
a = array('q')
for i in range(100):
    a.insert(len(a) // 2, i * 1000000007)
gc.collect()
print(len(a), a[0], a[50], a[-1], a.count(0))
a.reverse()
print(a[0], a.index(99000000693))
