def f(**kw):
    return sorted(kw.items())
print(f(), f(a=1, b=2))
def g(a, **kw):
    return a, kw
print(g(1, x=2), g(a=3))
