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
a = 1.5
b = -1073741825
c = -11
d = 256
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    w0 = 1
    while w0 > 0:
        w0 -= 1
        class K1(K0):
            attr = a
            def __init__(self, v=0):
                self.v = v
            def meth(self, x=1):
                c = a
                for b in 'é':
                    if ((not (not (~b))) < K0().meth(int((b'bytes' ** 2)))):
                        a[a] = (K0().meth(len(b'bytes')) if (lambda p, q=1: (p, q))((lambda: -9)(), (lambda p, q=1: (p, q))(b, a)) else c)
                        c[len((~b'bytes'))] = (~(not f2(b'bytes', y=b'bytes')))
                        raise ValueError((-((not b'bytes') - K0(b'bytes'))))
                    d[(b'bytes'[1:4] ** 3)] = (((2.5e-8 & 2.5e-8) & (2.5e-8 & 2.5e-8)) & ((2.5e-8 & 2.5e-8) & (2.5e-8 & 2.5e-8)))
                    if ((((2.5e-8 & 2.5e-8) & (2.5e-8 & 2.5e-8)) & ((2.5e-8 & -0.0) & (2.5e-8 & 2.5e-8))) & (((2.5e-8 & 2.5e-8) & (2.5e-8 & 2.5e-8)) & ((2.5e-8 & 2.5e-8) & (b'bytes' << (b'bytes' % 64))))):
                        raise ValueError(([{'k': 1, 2: 'v'}, b] / 0))
                        print((c | (a if ((b'bytes').append(a) / 0) else a)))
                        a = a
                return a
        a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
