it = iter([1])
print(next(it, 'x'), next(it, 'x'), next(it, None))
try:
    next([1])
except TypeError:
    print('TypeError')
