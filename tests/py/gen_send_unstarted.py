def g():
    yield 1
it = g()
try:
    it.send(5)
except TypeError:
    print('TypeError')
print(it.send(None))
