def inner():
    yield 1
    yield 2
    return 'inner-done'
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield 3
print(list(outer()))
def flat():
    yield from [10, 20]
    yield from 'ab'
    yield from range(2)
print(list(flat()))
