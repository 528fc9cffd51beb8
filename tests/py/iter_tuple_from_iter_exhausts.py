it = iter(range(5))
first = next(it)
rest = tuple(it)
print(first, rest, tuple(it))
