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
b = None
c = None
d = None
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    raise StopIteration((lambda: (lambda: (lambda: d)())())())
except Exception as e:
    print('exc', type(e).__name__)
try:
    raise StopIteration((lambda: (lambda: (lambda: d)())())())
except Exception as e:
    print('exc', type(e).__name__)
try:
    raise StopIteration((lambda: (lambda: (lambda: d)())())())
except Exception as e:
    print('exc', type(e).__name__)
try:
    raise StopIteration((lambda: (lambda: (lambda: d)())())())
except Exception as e:
    print('exc', type(e).__name__)
try:
    raise StopIteration((lambda: (lambda: (lambda: d)())())())
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = (not (not 186))
except Exception as e:
    print('exc', type(e).__name__)
try:
    assert 57, 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    if f0():
        w1 = 3
        while w1 > 0:
            w1 -= 1
            w2 = 3
            while w2 > 0:
                w2 -= 1
                with CM(b'bytes') as w:
                    print((-(lambda: (-d))()))
                class K0(Exception):
                    attr = K0(((lambda: {'k': 1, 2: 'v'})()).extend(K0().meth(c)))
                    def __init__(self, v=0):
                        self.v = v
except Exception as e:
    print('exc', type(e).__name__)
try:
    a *= (-K0().meth((b'bytes').upper()))
except Exception as e:
    print('exc', type(e).__name__)
try:
    class K0:
        attr = (K0((lambda p, q=1: (p, q))(b, [1, 2, 3])).v).items()
        def __init__(self, v=0):
            self.v = v
        def __bool__(self):
            class K0:
                attr = ('%r' % ((-b),)).index([1e300, 258])
                def __init__(self, v=0):
                    self.v = v
                def __repr__(self):
                    a = (-K0(((lambda: 186)()).split()).v)
                    d = (lambda: (lambda: (lambda: (lambda: 186)())())())()
                    d = (lambda: (lambda: (lambda: (lambda: 186)())())())()
                    return 'K'
            d = (lambda: (lambda: (lambda: (lambda: 186)())())())()
            d = (lambda: (lambda: (lambda: (lambda: 186)())())())()
            return True
        def __lt__(self, o):
            d = (lambda: (lambda: (lambda: (lambda: 186)())())())()
            d = '%r' % ((lambda: (lambda: (lambda: 186)())())(),)
            return True
except Exception as e:
    print('exc', type(e).__name__)
try:
    if a:
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
