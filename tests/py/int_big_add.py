a = 2 ** 64
b = 2 ** 64 - 1
print(a + b)
print(a - b)
print(b - a)
print(-a - b)
print(a + 1 - 1 == a)
