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
a = ''
b = (1, 'two', None)
c = -1
d = 184
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    assert {}, 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    class K1(Exception):
        attr = K0().meth(f2((53 << (-1 % 64)), y=(53 << (-1 % 64))))
        def __init__(self, v=0):
            self.v = v
except Exception as e:
    print('exc', type(e).__name__)
try:
    class K0:
        attr = {(1, 'two', None): K0(31), 31: d}
        def __init__(self, v=0):
            self.v = v
        def __getitem__(self, i):
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
            return d
        def __getitem__(self, i):
            w1 = 3
            while w1 > 0:
                w1 -= 1
                w2 = 3
                while w2 > 0:
                    w2 -= 1
                    w3 = 3
                    while w3 > 0:
                        w3 -= 1
                        raise StopIteration(d)
            return d
        def __getitem__(self, i):
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
                w2 = 3
                while w2 > 0:
                    w2 -= 1
                    w3 = 3
                    while w3 > 0:
                        w3 -= 1
                        d |= d
                w2 = 3
                while w2 > 0:
                    w2 -= 1
                    w3 = 3
                    while w3 > 0:
                        w3 -= 1
                        d |= d
            return d
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
                if a:
                    a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
