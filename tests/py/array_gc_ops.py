import gc
from array import array
a = array('i')
for i in range(200):
    a.insert(0, i)
    if i % 50 == 0:
        gc.collect()
b = a[::2] + a[1::2]
b *= 2
gc.collect()
print(len(a), len(b), a[0], a[-1], b[0], b[-1], sum(b))
