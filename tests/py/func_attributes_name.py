def foo():
    pass
print(foo.__name__)
g = lambda: 0
print(g.__name__)
class C:
    def meth(self):
        pass
print(C.meth.__name__, C().meth.__name__)
