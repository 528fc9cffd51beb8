a = 2 ** 100 + 12345
for b in (7, -7, 2 ** 40, -(2 ** 40)):
    q, r = divmod(a, b)
    print(q, r, q * b + r == a)
