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
a = None
b = b'bytes'
c = [1, 2, 3]
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    a, a = a, a
except Exception as e:
    print('exc', type(e).__name__)
try:
    b = '%r' % ((not '%r' % ((not b'bytes'),)),)
except Exception as e:
    print('exc', type(e).__name__)
try:
    class K0(K0):
        attr = ((lambda p, q=1: (p, q))(a, f1(c)) ** 3)
        def __init__(self, v=0):
            self.v = v
except Exception as e:
    print('exc', type(e).__name__)
try:
    if f1():
        w1 = 0
        while w1 > 0:
            w1 -= 1
            c[K1(b).v] = (~((-1 == c) if (d | d) else (-(2**100) if -(2**100) else b)))
            a = (-(K1(b) ** 4))
            d[((c if 1073741824 else b'bytes') if (-1 == c) else b)] = len(([{'k': 1, 2: 'v'}, 'abc'] ** 0))
        print((-(((False ** 2) if (d ** 0) else (b / 4)) / 1)))
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (-(K1().meth(len(b)) / 1)):
        c[K1(b)] = ((('abc' ** 0) if (d ** 0) else b) ** 3)
        c += c
        d = b
except Exception as e:
    print('exc', type(e).__name__)
try:
    d[((a & False) ** 3)] = len(([{'k': 1, 2: 'v'}, 184] ** 0))
except Exception as e:
    print('exc', type(e).__name__)
try:
    c[K1(b)] = ((K0().meth(a) if (d ** 4) else {b for b in gen(2)}) / 1)
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 2
    while w0 > 0:
        w0 -= 1
        c = ((b if ((not 'abc') in (c if 1073741824 else b'bytes')) else len((b / 1))) - f2(((184 & c) in (c if 67 else d))))
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 0
    while w0 > 0:
        w0 -= 1
        with CM({a for a in range(3)}) as w:
            c[(([1, 2, 3] ** 3) if (d ** 0) else len(b))] = K0(f2()).v
            w2 = 2
            while w2 > 0:
                w2 -= 1
                c = (({c for c in gen(3)} if ((~{'k': 1, 2: 'v'}) not in K1().meth(-1)) else K0().meth(f1(c, y=c))) % f0('{}'.format((~285))))
            b = [b for b in len(a)]
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
