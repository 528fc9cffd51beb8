def g():
    print('start')
    yield 1
    print('after 1')
    yield 2
    print('end')
it = g()
print('created')
print(next(it))
print(next(it))
print(next(it, 'done'))
