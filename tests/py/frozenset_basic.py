f = frozenset([1, 2, 2, 3])
print(sorted(f), len(f), 2 in f)
print(type(f).__name__)
try:
    f.add(4)
except AttributeError:
    print('AttributeError')
