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
a = {'k': 1, 2: 'v'}
b = 119
c = True
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    for a in [(~b'bytes'), (1073741823 not in [1, 2, 3])]:
        for b in range(5):
            with CM(b) as w:
                if 198:
                    a = b
            raise RuntimeError((a / 3))
            if (((K0(c)).format(b) | b)).index(('' / 4)):
                w3 = 5
                while w3 > 0:
                    w3 -= 1
                    b |= (b).format(b)
                    assert a, 'assert'
            else:
                a = (K1().meth((b'bytes').upper()[b])).insert((-a), ('' / 4))
                class K1:
                    attr = ((a ** 2) << ((199 / 4) % 64))
                    def __init__(self, v=0):
                        self.v = v
                    def __len__(self):
                        c = [a, a]
                        raise StopIteration((([69, 49]).index((65).add(float('inf'))) >> K1((-{'k': 1, 2: 'v'}))))
                        return 7
                    def meth(self, x=1):
                        a &= (a).add((a ** 2))
                        return (not 199)
                    def __iter__(self):
                        assert c, 'assert'
                        c = [b, (a / 3)]
                        raise StopIteration(((K0(c)).format(b) | b))
                        return iter([1, 2])
        if ('' / 2):
            class K1(K0):
                attr = ((K0(c)).format(b) == a)
                def __init__(self, v=0):
                    self.v = v
                def meth(self, x=1):
                    if (K1().meth((b'bytes').upper()[K0(c)])).insert((-b), (((not '') if (b'bytes' if b'bytes' else [1, 2, 3]) else {}) if ((b'bytes' if b'bytes' else b'bytes') if (b'bytes' if b'bytes' else b'bytes') else (b'bytes' if b'bytes' else b'bytes')) else (-(~[1, 2, 3])))):
                        a = b
                        print(b)
                        assert a, 'assert'
                    else:
                        a, c = c, a
                        raise KeyError(len((-K1().meth([1, 2, 3]))))
                    if (b).format(b):
                        a, b = b, a
                    else:
                        a &= ({'k': 1, 2: 'v'}).index({'k': 1, 2: 'v'})
                    with CM(((lambda p, q=1: (p, q))((lambda p, q=1: (p, q))((c / 1), (b'bytes').index(b'bytes')), (~(-[1, 2, 3]))) >> (K0(b'bytes') ** 2))) as w:
                        b //= repr(((b'bytes' << (b'bytes' % 64)) ** 2))
                        d = (~(f0((b'bytes' if 214 else b)) > (lambda p, q=1: (p, q))(c, [])))
                    return f2((-f1(b'bytes')), y=(-f1(b'bytes')))
            b = [b for b in b[-3:-4]]
            a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
