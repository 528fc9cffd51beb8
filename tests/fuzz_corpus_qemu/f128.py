class C:
    n = 'C'
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, x):
        return cls.n + str(x)
class D(C):
    n = 'D'
print(C.s(2), C().s(3), C.c(1), C().c(2), D.c(3), D().c(4))
