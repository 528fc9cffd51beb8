print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)))
print(list(range(5, 0, -1)), list(range(10, 0, -4)), list(range(0)))
print(list(range(3, 3)), list(range(5, 2)), list(range(-3, 0)))
