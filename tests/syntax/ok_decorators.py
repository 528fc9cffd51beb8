@dec
def f():
    pass
@dec.attr
@dec(1, x=2)
@dec.attr.deep(*args, **kw)
def g():
    pass
@d1
@d2
class C:
    @staticmethod
    def s():
        pass
    @property
    def p(self):
        return 1
    @p.setter
    def p(self, v):
        pass
