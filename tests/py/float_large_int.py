print(int(2.0 ** 40))
print(int(-(2.0 ** 40)))
print(float(2 ** 40) == 2 ** 40, float(2 ** 20))
print(1e6 == 10 ** 6, 2.0 ** 40 == 2 ** 40)
