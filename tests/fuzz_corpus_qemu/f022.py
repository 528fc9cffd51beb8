def g():
    yield 1
    yield 2
a, b = g()
print(a, b)
print(*g())
print(list(g()) + list(g()))
