a = 10 ** 30 + 7
print(a // 3)
print(a % 3)
print(-a // 3)
print(-a % 3)
print(a // -(10 ** 15))
print(a % -(10 ** 15))
