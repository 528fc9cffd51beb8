def f():
    return 1, 'two', [3]
a, b, c = f()
print(a, b, c, f())
def g():
    return
print(g())
