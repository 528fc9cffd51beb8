r = range(0, 20, 3)
print(0 in r, 3 in r, 4 in r, 18 in r999999999999999999999999999, -2)
print(10 in r, range(5))
