def f0(): pass
def f1(a): pass
def f2(a, b=1): pass
def f3(*args): pass
def f4(**kwargs): pass
def f5(a, *args, b, c=2, **kw): pass
def f6(*, a): pass
def f7(a=1, *, b, c=3): pass
def f10(a, b,): pass
def f11(*args,): pass
def f12(a, **kw,): pass
