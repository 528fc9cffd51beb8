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
a = 92
b = 'a'
c = 31
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
                    d |= d
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
                    d |= d
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
                    d |= d
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
                    d |= d
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 3
    while w0 > 0:
        w0 -= 1
        w1 = 3
        while w1 > 0:
            w1 -= 1
            w2 = 5
            while w2 > 0:
                w2 -= 1
                w3 = 3
                while w3 > 0:
                    w3 -= 1
                    d |= d
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
                    d |= d
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
                    print(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    c[b'bytes'] = (lambda p, q=1: (p, q))((-c), K0().meth(f1()))
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, b'bytes'] / 0), f2((~(-b'bytes')))):
        class K0:
            attr = f0((not ('A,b' ** 4)), y=(not ('A,b' ** 4)))
            def __init__(self, v=0):
                self.v = v
            def __repr__(self):
                class K0:
                    attr = f1((-a), y=(-a))
                    def __init__(self, v=0):
                        self.v = v
                    def __repr__(self):
                        b[len((c / 1))] = -5
                        assert a, 'assert'
                        return 'K'
                    def __repr__(self):
                        b[len((c / 1))] = (b % 3.14159)
                        assert ((((-7 // b'bytes') % (c / 1)) * (-((1, 'two', None) if 'A,b' else -20))) < a), 'assert'
                        a = a
                        return 'K'
                return 'K'
            def __eq__(self, o):
                a = a
                return True
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
