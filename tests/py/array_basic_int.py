from array import array
a = array('i', [1, 2, 3])
print(len(a), a[0], a[2], a[-1])
print(a)
