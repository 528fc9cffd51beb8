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
            print(([a, (d).index([1, 2, 3])] ** 1))
            global a
            a = []
            if {a: a for a in {float('inf'): (lambda p, q=1: (p, q))(261, b), '': K0().meth({'k': 1, 2: 'v'})}.items()}:
                def f0(x):
                    z = K0().meth(a)
                    def inner(q=1):
                        nonlocal z
                        z = q if z is None else z
                        return z
                    b[f0(b)] = {'k': 1, 2: 'v'}
                    print(a)
                    return []
                def f0(x):
                    z = K0().meth((lambda p, q=1: (p, q))((c / 1), (d).index([1, 2, 3])))
                    def inner(q=1):
                        nonlocal z
                        z = q if z is None else z
                        return z
                    raise KeyError(a)
                    a = a
                    a = a
                    return a
                a = a
            return a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
