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
a = '\n'
b = 123
c = 188
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    d[f2(K0().meth(b'bytes'), y=K0().meth(b'bytes'))] = (not [a])
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    for d in {31: d, b'bytes': (127 / 0), (1, 'two', None): repr(1073741823)}.items():
        b //= ((not f0((1, 'two', None))) / 0)
        if (~int(((-a) ** 4))):
            assert f0(((f2(2.5e-8, y=2.5e-8) < (b / 0)) if c else f0(b, y=b)), y=((f2(2.5e-8, y=2.5e-8) < (b / 0)) if c else f0(b, y=b))), 'assert'
            if (((f0(107, y=107) < (b / 0)) if c else (-K0().meth(c))) / 1):
                d[c] = (f1(b, y=b) <= len((c / 1)))
                d[c] = (f2(c) >= '%r' % ((-(1, 'two', None)),))
                c = [c for c in (lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, d] / 2), (f1({'k': 1, 2: 'v'}) in ((41 >= (1, 'two', None)) & {1.5: {'k': 1, 2: 'v'}, [1, 2, 3]: 184, {'k': 1, 2: 'v'}: d})))]
            else:
                for a in c:
                    raise TypeError(d)
                    raise AttributeError((f2({'k': 1, 2: 'v'}, y={'k': 1, 2: 'v'}) << (b % 64)))
                    b[f0(({'k': 1, 2: 'v'} if c else 110), y=({'k': 1, 2: 'v'} if c else 110))] = (1, 'two', None)
                c = [c for c in 31]
                d |= d
            d = K1(f2([])).v
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (~(~(~(b >> c)))):
        with CM(123) as w:
            if ((-K0().meth([])) | {b for b in ''}):
                a = f0()
            else:
                w3 = 3
                while w3 > 0:
                    w3 -= 1
                    print(b)
                    continue
        d[f1(d, y=d)] = K1(K1(K0(-20)))
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
