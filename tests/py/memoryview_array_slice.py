from array import array
a = array('i', [10, 20, 30, 40])
m = memoryview(a)[1:3]
print(len(m), m[0], m[1], list(m))
m[0] = 21
print(a, list(memoryview(a)[2:]), len(memoryview(a)[4:]))
print(memoryview(a)[1:].tobytes() == a[1:].tobytes())
for x in memoryview(a)[::1]:
    print(x)
