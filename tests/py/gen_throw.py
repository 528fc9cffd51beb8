def g():
    try:
        yield 1
    except ValueError as e:
        print('caught', e)
        yield 'recovered'
    yield 'last'
it = g()
print(next(it))
print(it.throw(ValueError('boom')))
print(next(it))
