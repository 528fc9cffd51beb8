a = bytearray(8)
m = memoryview(a)[2:6]
for i in range(len(m)):
    m[i] = i + 1
print(a)
print(len(m), bytes(m))
