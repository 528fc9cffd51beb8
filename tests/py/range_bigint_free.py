r = range(0, 2 ** 31 - 1, 2 ** 20)
print(len(r), r[-1])
print(2 ** 30 in range(0, 2 ** 31, 2 ** 10))
