a = bytearray(b'hello')
m = memoryview(a)
m[0] = 72
print(a)
m[1:3] = b'EL'
print(a)
s = m[3:]
s[0] = 76
print(a, bytes(s))
