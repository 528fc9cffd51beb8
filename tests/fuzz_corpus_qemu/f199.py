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
    if (~((-(~275)) not in {'k': 1, 2: 'v'})):
        d = [d for d in '{}'.format((-'%r' % (1.5,)))]
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (~(~(~(not b)))):
        assert f0(K1().meth([1, 2, 3]), y=K1().meth([1, 2, 3])), 'assert'
        for a in c:
            break
            if f2({'k': 1, 2: 'v'}, y={'k': 1, 2: 'v'}):
                if ((K0().meth(b'bytes')).index((~b'bytes'))[((lambda p, q=1: (p, q))('', -1) if (b'bytes' - None) else K1().meth({'k': 1, 2: 'v'}))] ** 0):
                    continue
                if (~(~(-(~[1, 2, 3])))):
                    assert K0((K1().meth(d) if ({b'bytes': b'bytes', b'bytes': 123} < [1, 2, 3]) else f1((-a), y=(-a)))), 'assert'
                else:
                    a = (~(~(~(~{'k': 1, 2: 'v'}))))
                    raise ValueError(((a).index((262 if b else b'bytes')) << ((~c) % 64)))
                if b:
                    c -= f1(a)
                else:
                    break
                    a[(K0().meth('a') << (f0(b'bytes', y=b'bytes') % 64))] = len(a)
                    a = a
            a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
