print(list(zip('abc', range(10), [True, False])))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
