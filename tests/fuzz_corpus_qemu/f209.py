def gen(n):
    for i in range(n):
        yield i * i
    return n
class CM:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return self.v
    def __exit__(self, t, e, tb):
        return t is KeyError
a = ''
b = (1, 'two', None)
c = -1
d = 184
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    assert {}, 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    class K1(Exception):
        attr = K0().meth(f2((53 << (260 % 64)), y=(53 << (260 % 64))))
        def __init__(self, v=0):
            self.v = v
except Exception as e:
    print('exc', type(e).__name__)
try:
    with CM([]) as w:
        def f1(x):
            z = len(([{'k': 1, 2: 'v'}, b] / 0))
            def inner(q=1):
                nonlocal z
                z = q if z is None else z
                return z
            class K0(Exception):
                attr = K0().meth([])
                def __init__(self, v=0):
                    self.v = v
                def __repr__(self):
                    print(((lambda p, q=1: (p, q))((lambda p, q=1: (p, q))((~{'k': 1, 2: 'v'}), ''[-1]), K0().meth(f0(None))) & K0().meth(f2((53 << (-1 % 64)), y=(53 << (-1 % 64))))))
                    return 'K'
            with CM([]) as w:
                def f1(x):
                    z = len(([{'k': 1, 2: 'v'}, b] / 0))
                    def inner(q=1):
                        nonlocal z
                        z = q if z is None else z
                        return z
                    assert b, 'assert'
                    raise KeyError(a)
                    return a
            return a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
