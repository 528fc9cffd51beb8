def g():
    a = yield
    b = yield a
    yield a, b
it = g()
next(it)
print(it.send('x'))
print(it.send('y'))
