print(1.5 + 2.25)
print(1.5 - 2.25)
print(1.5 * 4.0int(-0.5 * 3)
print(2.0 ** 3, 2.0 ** -2)
