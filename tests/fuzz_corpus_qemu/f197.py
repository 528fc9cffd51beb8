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
a = -0.0
b = 95
c = b'bytes'
d = -0.0
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if (~(~(lambda p, q=1: (p, q))((True - [1, 2, 3]), (not (1, 'two', None))))):
        if set((f"<{(~a)!r}>" + a)):
            if (lambda p, q=1: (p, q))(a, a):
                for c in {[1, 2, 3]: f1([1, 2, 3]), b'bytes': (b'bytes' - 0)}.items():
                    raise ValueError((not (d == ([1, 2, 3] << ({'k': 1, 2: 'v'} % 64)))))
                    raise RuntimeError((not f2()))
                    a = a
        print(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = ([{'k': 1, 2: 'v'}, b'bytes'] ** 1)[1:3]
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = ((not {a for a in gen(2)}) & len(([{'k': 1, 2: 'v'}, b] / 0)))
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 6
    while w0 > 0:
        w0 -= 1
        if ('%r' % ((not sum(b'bytes')),) - (~'{}'.format((not 238)))):
            if (lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, b] / 0), ((f"<{b'bytes'!r}>" << (((1, 'two', None) & -20) % 64)) < a)):
                a = a
            a = a
            a = a
        a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
