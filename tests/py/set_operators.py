a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a <= a, {1} <= a, {1} < a, a < a, a >= {2, 3}, a > {9})
print(a == {4, 3, 2, 1}, a != b)
