class A:
    pass
class B():
    pass
class C(A):
    x = 1
class D(A, B):
    def m(self):
        return super().m()
class E(A, metaclass=M):
    pass
class F(*bases, **kw):
    pass
class G: x = 1
