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
a = 73
b = -0.0
c = False
d = 72
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if (~((-(~275)) < (~(~d)))):
        print(a)
        c, a = a, c
        w1 = 1
        while w1 > 0:
            w1 -= 1
            c[((~[1, 2, 3]) if (b'bytes' / 2) else f0())] = '%r' % ((-(-1).format(b'bytes')),)
    else:
        if b:
            w2 = 2
            while w2 > 0:
                w2 -= 1
                c = [c for c in {'k': 1, 2: 'v'}]
                b = {'k': 1, 2: 'v'}
            a, d = d, a
        raise TypeError(len((~(~''))))
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (~c):
        if (K0().meth((~(~'abc'))) if ({b'bytes': b'bytes', b'bytes': 45} < [1, 2, 3]) else b):
            try:
                if (not (-str((not -2)))):
                    a, b = b, a
                    assert (K0().meth((~b'bytes'))).index(((b).get([1, 2, 3]) << (b % 64)))[(lambda p, q=1: (p, q))((-f2({'k': 1, 2: 'v'}, y={'k': 1, 2: 'v'})), K1().meth({'k': 1, 2: 'v'}))], 'assert'
                for a in b:
                    raise ValueError((~(~(b'bytes' / 1))))
                    c = K0().meth((K0().meth((~b'bytes')) if ({b'bytes': b'bytes', b'bytes': 45} < [1, 2, 3]) else c))
            except IndexError as e:
                print('caught', type(e).__name__, e.args)
                c = [c for c in a]
                if list(a for a in range(1)):
                    b |= a
                    a = a
                a = a
        a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
