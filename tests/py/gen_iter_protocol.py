def g():
    yield 1
it = g()
print(iter(it) is it)
print(hasattr(it, '__next__'), hasattr(it, 'send'))
