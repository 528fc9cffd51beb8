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
a = {'k': 1, 2: 'v'}
b = {'k': 1, 2: 'v'}
c = 1073741824
d = 263
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    def f1(*args, **kw):
        class K0(K0):
            attr = (lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, -0.0] / 4), [b'bytes', float('inf')])
            def __init__(self, v=0):
                self.v = v
            def meth(self, x=1):
                global c
                c = (-(d >= [1, 2, 3]))[0:1]
                return K0().meth((lambda p, q=1: (p, q))((c / 1), False[-4:2]))
            def __add__(self, o):
                for b in [(b'bytes').pop(), (62).get([1, 2, 3])]:
                    w3 = 3
                    while w3 > 0:
                        w3 -= 1
                        b[K0((lambda p, q=1: (p, q))(b, [1, 2, 3])).v] = (a + [b'bytes', float('inf')])[4:-1]
                        b = d
                        return (~([False, b, False] < (d >= [1, 2, 3])))[f2()]
                    a = a
                a = a
                return a
        return a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
