from array import array
a = array('i', range(6))
print(a[1:3])
print(a[::2])
print(a[::-1])
print(a[4:1])
print(a[-2:])
