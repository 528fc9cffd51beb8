a = 1 + 2j
b = 3 - 1j
print(a + b, a - b, a * b)
print(a * 2, 2 * a, a + 1)
print(-a, +a)
print((1 + 1j) ** 2)
