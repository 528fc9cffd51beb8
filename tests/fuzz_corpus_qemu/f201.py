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
                    b[K0().meth(f0(b, y=b))] = (not ((41).add(a) % (b / 4)))
                    global c
                    c = {'k': 1, 2: 'v'}
                return K1(f2({'k': 1, 2: 'v'}, y={'k': 1, 2: 'v'})).v
        print(([a, (d + (1, 'two', None))] / 4))
        if ((((2.5e-8 & 2.5e-8) if (False if a else b'bytes') else (2.5e-8 << (b'bytes' % 64))) << ((~(lambda p, q=1: (p, q))(b, [1, 2, 3])) % 64)) if (f0((245).add(a)) if (f1()).extend((90 if b else 256)) else ((b & 58)).format(a)) else f0()):
            c[(a if (b / 0) else a)] = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
