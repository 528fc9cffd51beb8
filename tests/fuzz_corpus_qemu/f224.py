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
a = float('inf')
b = 123456789012345678901234567890
c = 197
d = False
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if (((f1()).add((lambda: '\n')())).format(((54 << (1.5 % 64))).upper()) % ((b ** 1) / 0)):
        class K0:
            attr = f1(K1().meth(f1(b, y=b)))
            def __init__(self, v=0):
                self.v = v
            def __hash__(self):
                a *= (-('%r' % (258,)).join(K0(1e300).v))
                with CM((a ** 2)) as w:
                    global a
                    a = (not K1(f0({'k': 1, 2: 'v'}, y={'k': 1, 2: 'v'})))
                return 7
            def __repr__(self):
                c = (-(-K0().meth((127 ** 0))))
                return 'K'
    else:
        if ((-(not (~(1, 'two', None)))) == len((~(not b)))):
            for a in c:
                if (~(lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, c] / 1), (-(not a)))):
                    d = K0((~(~(b + b'bytes'))))
                    a = ([a, int(a)] / 0)
                    assert K0(f0('{}'.format((not b'bytes')), y='{}'.format((not b'bytes')))).v, 'assert'
                if (~(not ([{'k': 1, 2: 'v'}, c] / 1))):
                    a += len(((not b'bytes') + (~d)))
                else:
                    d %= (-(-len(a)))
                    continue
                    raise TypeError((~(b).index((1e300).join(b))))
                if (lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, float('inf')] / 3), (not f"<{(~0)!r}>")):
                    raise ValueError((lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, c] / 1), ((not b'bytes') if ([1, 2, 3]).index(b'bytes') else a)))
                    print((b).index(((len(a) if K1(a) else {b: 137 for b in gen(1)})).index((f1()).extend((not [1, 2, 3])))))
                    print((-(K1().meth({}) & b)))
        a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
