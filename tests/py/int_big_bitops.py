a = 2 ** 80 + 0xf0f0
b = 2 ** 79 + 0x0ff0
print(a & b, a | b, a ^ b)
print(~a)
print(-a & 0xffff)
print(-a | 1)
print(a & -b)
