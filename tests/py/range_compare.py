print(range(3) == range(3), range(0) == range(2, 2), range(1, 4) == range(1, 4, 1))
print(range(3) == [0, 1, 2])
