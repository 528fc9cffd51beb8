print(range(5), range(1, 5), range(1, 5, 2), range(0, -5, -1))
r = range(1, 10, 2)
print(r.start, r.stop, r.step)
