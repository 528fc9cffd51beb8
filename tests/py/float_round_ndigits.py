x = 3.14159
for n in (0, 1, 2, 3):
    print(n, round(x, n))
print(round(0.0, 3), round(-0.0001, 2))
print(round(123.456, -1))
