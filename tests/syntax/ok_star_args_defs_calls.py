def f(*args, **kwargs):
    return g(*args, **kwargs)
def h(a, *, b):
    return f(a, b=b)
f(*[1], *(2,), **{'a': 1}, **{'b': 2})
