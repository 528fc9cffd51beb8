def f():
    a = b = 0
    def g():
        nonlocal a, b
        a += 1
        b += 2
    g()
    g()
    return a, b
print(f())
