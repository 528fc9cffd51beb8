a = bytearray(b'abc')
print(a, len(a), a[0])
a[0] = 65
print(a)
a.append(68)
print(a)
a.extend(b'EF')
print(a)
print(bytearray(3), bytearray([1, 2]))
