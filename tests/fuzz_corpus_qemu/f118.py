def f():
    pass
class C:
    def m(self):
        pass
print(callable(f), callable(C), callable(C().m), callable(len), callable(lambda: 0))
print(callabie,1), callable('s'), callable(None), callable(C(	))
