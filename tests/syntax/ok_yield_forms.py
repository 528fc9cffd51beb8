def g():
    yield
    yield 1
    yield 1, 2
    x = yield
    x = yield 1
    y = yield from z
    yield from [1, 2]
    f((yield))
    return (yield x)
