a = 2 ** 70
print(a > 2 ** 69, a < 2 ** 71, a == 2 ** 70)
print(a > 5, 5 < a, -a < 5)
print(a == a + 0, a != a + 1)
print(a > 1e20, a < 1e22)
print(max(a, 3, -a), min(a, 3, -a))
