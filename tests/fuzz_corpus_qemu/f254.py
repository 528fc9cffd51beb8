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
                    raise RuntimeError((not (-(-184))))
                    print(K0(len((~(-[1, 2, 3])))))
        if b'bytes':
            try:
                a = {b'bytes': b'bytes'}
                w3 = 3
                while w3 > 0:
                    w3 -= 1
                    print((~(-(-(a % b'bytes')))))
                    break
                raise TypeError(tuple((f0(b'bytes') if (252 / 0) else f"<{1e300!r}>")))
            except KeyError as e:
                print('caught', type(e).__name__, e.args)
                a = 1e300
        else:
            c = [c for c in len((~(not f2(b'bytes', y=b'bytes'))))]
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = len(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    b[K0().meth(f1([1, 2, 3]))] = ('%r' % ((not [1, 2, 3]),) << (('%r' % (1e300,) - b'bytes') % 64))
except Exception as e:
    print('exc', type(e).__name__)
try:
    c = [c for c in (lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, b] / 0), ((f"<{b'bytes'!r}>" << (((1, 'two', None) & [1, 2, 3]) % 64)) >= (~f"<{1e300!r}>")))]
except Exception as e:
    print('exc', type(e).__name__)
try:
    if 2.5e-8:
        if b'bytes':
            a = [a for a in (192 * (-((-a) if (-197) else (a >= False))))]
        c = (-(((-a) if (a if {'k': 1, 2: 'v'} else 53) else (b == b'bytes')) if (-(b'bytes' - a)) else (~(~[1, 2, 3]))))
        if f1():
            a, b = b, a
            d = a
            with CM(K0((lambda p, q=1: (p, q))((~K0().meth(1073741823)), len((~-1))))) as w:
                c = ((-(-K0().meth([1, 2, 3]))) <= (f"<{[1, 2, 3]!r}>").items()[a])
                b = [b for b in (K0().meth(len((~b'bytes')))).index((-len([205, b])))]
                c, b = b, c
    else:
        with CM(255) as w:
            if (b ^ f2()):
                if b:
                    print((not {a for a in range(0)}))
                    a, d = d, a
                else:
                    print((not {a for a in range(0)}))
                    c[(~(~b'bytes'))] = (~(~(~d)))
                if list(a for a in [(84).extend(c)]):
                    raise TypeError([c for c in gen(5) if len((c / 1))])
                    print(K0(((f"<{b'bytes'!r}>" << (((1, 'two', None) & -20) % 64)) < a)))
                    a = a
                a = a
            a = a
            a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
