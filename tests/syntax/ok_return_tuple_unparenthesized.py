def f():
    return 1, 2, 3
def g():
    yield 1, 2
