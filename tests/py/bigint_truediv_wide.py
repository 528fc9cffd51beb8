# true division with operands wider than 128 bits (correctly rounded)
a = 1 << 300
b = 3 << 298
print(a / b == 4 / 3, round(a / b, 6))
print((1 << 200) / (1 << 190), -(1 << 200) / (1 << 199))
print((10 ** 60) / (10 ** 58), (10 ** 60) / -(10 ** 40) == -1e20)
print((1 << 160) / 3 == float(1 << 160) / 3)
print(7 / (1 << 130) > 0, (1 << 200) / (1 << 320) > 0, -1 / (1 << 140) < 0)
print(0 / (1 << 200), (-(1 << 200)) / (1 << 200))
print(((1 << 200) + 1) / (1 << 200) == 1.0)
print(1 / (1 << 1100) == 0.0)
for bad in [lambda: (1 << 2000) / 3, lambda: (1 << 200) / 0,
            lambda: (1 << 2000) / (1 << 500), lambda: (1 << 200) / (0 * (1 << 200))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__)
print((1 << 1023) / 1 == 2.0 ** 1023)
