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
a = 'abc'
b = 1e300
c = [1, 2, 3]
d = 2.5e-8
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    class K0:
        attr = (-len(b'bytes')[1:2])
        def __init__(self, v=0):
            self.v = v
except Exception as e:
    print('exc', type(e).__name__)
try:
    b = [b for b in (-list((b).extend(b'bytes')))]
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (~(lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, b] ** 3), (~a))):
        if a:
            a = c
        else:
            a = [a for a in (~(('%r' % ([1, 2, 3],)).upper() not in [][-2:1]))]
            b = [b for b in (b).add((((233 if b else b'bytes') / 4) / 2))]
        c += a
        for a in b:
            c[len((-b'bytes'))] = b
            if [a for a in range(1) if None]:
                for b in gen(0):
                    assert len((~(-b'bytes')))[3:1], 'assert'
                    c |= (b).extend(b'bytes')
                    a[(~(c / 1))] = ((-b)).index((~(~b)))
                if (lambda p, q=1: (p, q))({a: (lambda p, q=1: (p, q))((-(1, 'two', None)), b'bytes') for a in b}, len((~58))[-2:-1]):
                    b |= f2(f2(([1, 2, 3] ** 2)))
                c[c] = c
            c[c] = c
except Exception as e:
    print('exc', type(e).__name__)
try:
    c[c] = c
except Exception as e:
    print('exc', type(e).__name__)
try:
    c[c] = c
except Exception as e:
    print('exc', type(e).__name__)
try:
    c[c] = c
except Exception as e:
    print('exc', type(e).__name__)
try:
    c[c] = c
except Exception as e:
    print('exc', type(e).__name__)
try:
    c[c] = c
except Exception as e:
    print('exc', type(e).__name__)
try:
    c[c] = c
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
