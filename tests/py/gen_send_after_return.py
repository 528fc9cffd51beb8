def g():
    x = yield 1
    return x * 2
it = g()
next(it)
try:
    it.send(21)
except StopIteration as e:
    print('returned', e.value)
try:
    it.send(1)
except StopIteration as e:
    print('again', e.value)
