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
d = 2**64
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if (~(not (-(~275)))):
        a, d = d, a
        d = [d for d in '{}'.format((-'%r' % (1.5,)))]
        if (~(~(~(~'a')))):
            assert f0(K1().meth([1, 2, 3]), y=K1().meth([1, 2, 3])), 'assert'
            for a in c:
                break
                if f2({'k': 1, 2: 'v'}, y={'k': 1, 2: 'v'}):
                    break
                    d[K0().meth((~a))] = (~(-(b'bytes' - None)))
                    b[(f2() / 2)] = hex((f1() << ({a for a in a} % 64)))
                a[(lambda: f"<{''!r}>")()] = (lambda: (lambda: f"<{''!r}>")())()
            a[(lambda: f"<{''!r}>")()] = (lambda: (lambda: f"<{''!r}>")())()
except Exception as e:
    print('exc', type(e).__name__)
try:
    a[(lambda: f"<{''!r}>")()] = f"<{'{}'.format('%r' % ('',))!r}>"
except Exception as e:
    print('exc', type(e).__name__)
try:
    with CM((a & len(a))) as w:
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
