import gc
from array import array
arrs = [array('i', range(i)) for i in range(40)]
gc.collect()
for a in arrs:
    a.append(len(a))
gc.collect()
print(sum(sum(a) for a in arrs), arrs[39][-1], arrs[5])
