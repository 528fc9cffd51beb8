m = memoryview(b'abc')
try:
    m[0] = 1
except TypeError:
    print('TypeError')
print(list(m))
