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
            break
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 1
    while w0 > 0:
        w0 -= 1
        c[((~[1, 2, 3]) if (b'bytes' / 2) else f0())] = '%r' % ((-(-1).format(b'bytes')),)
except Exception as e:
    print('exc', type(e).__name__)
try:
    b, a = a, b
except Exception as e:
    print('exc', type(e).__name__)
try:
    raise RuntimeError((lambda p, q=1: (p, q))((-f2({'k': 1, 2: 'v'}, y={'k': 1, 2: 'v'})), K1().meth({'k': 1, 2: 'v'})))
except Exception as e:
    print('exc', type(e).__name__)
try:
    with CM(((b).upper() << ((~(~(-b'bytes'))) % 64))) as w:
        assert c, 'assert'
        a = ((~[1, 2, 3]) if ({b'bytes': c, 11: b'bytes'} << ((~K0().meth([1, 2, 3])) % 64)) else '%r' % ((-(-1).format(b'bytes')),))
        b, a = a, b
except Exception as e:
    print('exc', type(e).__name__)
try:
    raise RuntimeError((lambda p, q=1: (p, q))((-f2({'k': 1, 2: 'v'}, y={'k': 1, 2: 'v'})), K1().meth({'k': 1, 2: 'v'})))
except Exception as e:
    print('exc', type(e).__name__)
try:
    with CM(((b).upper() << ((~(~(-b'bytes'))) % 64))) as w:
        assert c, 'assert'
        a = (K0().meth((~(~'abc'))) if ({b'bytes': b'bytes', b'bytes': 45} < [1, 2, 3]) else b)
        c = [c for c in a]
except Exception as e:
    print('exc', type(e).__name__)
try:
    if {a: ((not (not [1, 2, 3])) ^ (lambda: (not d))()) for a in range(1)}:
        if (~(~(not (b).get([1, 2, 3])))):
            raise RuntimeError((lambda p, q=1: (p, q))((-f2({'k': 1, 2: 'v'}, y={'k': 1, 2: 'v'})), K1().meth({'k': 1, 2: 'v'})))
            with CM(((b).upper() << ((~(~(-b'bytes'))) % 64))) as w:
                assert c, 'assert'
                a = (K0().meth((~(~'abc'))) if ({b'bytes': b'bytes', b'bytes': 45} < [1, 2, 3]) else b)
                c = [c for c in a]
            if list(a for a in range(1)):
                if K0(a):
                    a = a
                a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
