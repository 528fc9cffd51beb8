def g():
    yield 1
    raise ValueError('inside')
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print('ValueError', e)
print(next(it, 'dead'))
