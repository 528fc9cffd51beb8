a, b, c = (1, 2, 3)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
try:
    p, q = (1, 2, 3)
except ValueError:
    print('ValueError')
try:
    p, q, r = (1, 2)
except ValueError:
    print('ValueError')
