def g():
    yield 1
    yield 2
    yield 3
print(list(g()))
it = g()
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
