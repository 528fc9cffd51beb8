from array import array
a = array('h', [1, 2, 3, 4])
del a[1]
print(a)
del a[-1]
print(a, len(a))
