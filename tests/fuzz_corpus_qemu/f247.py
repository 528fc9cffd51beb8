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
a = 1.5
b = 62
c = b'bytes'
d = 31
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    w0 = 3
    while w0 > 0:
        w0 -= 1
        w1 = 3
        while w1 > 0:
            w1 -= 1
            w2 = 3
            while w2 > 0:
                w2 -= 1
                w3 = 3
                while w3 > 0:
                    w3 -= 1
                    b += d
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 3
    while w0 > 0:
        w0 -= 1
        w1 = 3
        while w1 > 0:
            w1 -= 1
            w2 = 3
            while w2 > 0:
                w2 -= 1
                w3 = 3
                while w3 > 0:
                    w3 -= 1
                    d = 1073741823
                    b *= (~(b ^ f1((1, 'two', None))))
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(([a, ([1, 2, 3] & {'k': 1, 2: 'v'})] ** 4))
except Exception as e:
    print('exc', type(e).__name__)
try:
    raise KeyError((b << ((-(~b'bytes')) % 64)))
except Exception as e:
    print('exc', type(e).__name__)
try:
    c *= c
except Exception as e:
    print('exc', type(e).__name__)
try:
    class K0:
        attr = f2()
        def __init__(self, v=0):
            self.v = v
        def __repr__(self):
            class K0:
                attr = f0()
                def __init__(self, v=0):
                    self.v = v
                def __getitem__(self, i):
                    w2 = 3
                    while w2 > 0:
                        w2 -= 1
                        w3 = 3
                        while w3 > 0:
                            w3 -= 1
                            d |= d
                    return d
                def __getitem__(self, i):
                    w2 = 3
                    while w2 > 0:
                        w2 -= 1
                        w3 = 3
                        while w3 > 0:
                            w3 -= 1
                            d |= d
                    return d
                def __getitem__(self, i):
                    if a:
                        a = a
                    else:
                        a = a
                        a = a
                    return a
            return 'K'
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = (tuple((a + (c / 0))) + (-(-len([1, 2, 3]))))
except Exception as e:
    print('exc', type(e).__name__)
try:
    c[a] = ((~f0(d)) + a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    a[(-(-d))] = (-a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    if a:
        if a:
            a = a
        a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
