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
a = 0
b = b'bytes'
c = b'bytes'
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if (~(-(~c))):
        if b:
            try:
                a = [a for a in ((not (~a)) if (-(-(not b'bytes'))) else f0(K0((lambda p, q=1: (p, q))(b, [1, 2, 3])).v))]
                with CM((1, 'two', None)) as w:
                    raise RuntimeError(f2(f"<{(not 2.5e-8)!r}>", y=f"<{(not 2.5e-8)!r}>"))
                    b = ((((b % (1, 'two', None)) << ((-1.5) % 64))).add((({'k': 1, 2: 'v'}).items() >> (246).add(a)))).add((((not b)).add(len(b)) * a))
                    b = a
            except ValueError as e:
                print('caught', type(e).__name__, e.args)
                if (lambda p, q=1: (p, q))(f1('%r' % ((not 197),), y='%r' % ((not 197),)), K1(len(a))):
                    a = a
                a = a
        a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
