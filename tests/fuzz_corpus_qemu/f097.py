class C:
    def f(x):
        return x * 3
    f = staticmethod(f)
    def g(cls):
        return cls.__name__
    g = classmethod(g)
print(C.f(2), C().f(3), C.g(), C().g())
