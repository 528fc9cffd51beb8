r = range(10, 50, 5)
print(r[0], r[1], r[-1], r[-2])
try:
    r[8]
except IndexError:
    print('IndexError')
r = range(10, 0, -3)
print(r[0], r[-1], len(r))
