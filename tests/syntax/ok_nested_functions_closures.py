def outer(a):
    def mid(b):
        def inner(c):
            return a + b + c
        return inner
    return mid
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
