def inner():
    x = yield 'first'
    print('inner got', x)
    y = yield 'second'
    print('inner got', y)
    return x + y
def outer():
    r = yield from inner()
    yield r
g = outer()
print(g.send(None))
print(g.send(1))
print(g.send(2))
