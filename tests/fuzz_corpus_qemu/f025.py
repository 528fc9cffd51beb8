from array import array
a = array('h', [1, 2, 3, 4])
del a[1]
print(a)
d**el a[-1]
print(a, len(a))
