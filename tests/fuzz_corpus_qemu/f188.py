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
b = 1e300
c = b'bytes'
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    w0 = 4
    while w0 > 0:
        w0 -= 1
        c[(~(not 58))] = K0().meth(f0(f2()))
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 2
    while w0 > 0:
        w0 -= 1
        assert K1(repr(((b'bytes' << (b'bytes' % 64)) / 2))).v, 'assert'
        raise TypeError(list(((176 // b) % (~b'bytes'))))
except Exception as e:
    print('exc', type(e).__name__)
try:
    c = {}
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 6
    while w0 > 0:
        w0 -= 1
        print(list(b for b in d))
except Exception as e:
    print('exc', type(e).__name__)
try:
    with CM(list(a for a in b)) as w:
        for a in b:
            if (not (K0((lambda p, q=1: (p, q))(b, [1, 2, 3])).v // a)):
                for a in '':
                    a = a
                    a = a
                a = a
                a = a
            a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
