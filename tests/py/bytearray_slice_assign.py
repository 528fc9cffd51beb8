a = bytearray(b'0123456789')
a[2:5] = b'xy'
print(a)
a[:1] = b'AAA'
print(a)
del a[::2]
print(a)
a[1:1] = bytearray(b'++')
print(a)
