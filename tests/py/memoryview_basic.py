b = b'abcdef'
m = memoryview(b)
print(len(m), m[0], m[-1])
print(bytes(m[1:4]), bytes(m))
print(bytes(m[1:3]), len(m[2:]))
