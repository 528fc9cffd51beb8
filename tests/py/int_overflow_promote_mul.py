x = 65536
print(x * x)
print(x * x * x)
print(-x * x)
a = 46341
print(a * a)
print(3037000500 * 3037000500)
