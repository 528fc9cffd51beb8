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
b = 69
c = b'bytes'
d = 1.5
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if (abs(list(a for a in gen(1))) + (f"<{(~[1, 2, 3])!r}>").index('{}'.format((not b'bytes')))):
        a = d
    else:
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
                    d += b
except Exception as e:
    print('exc', type(e).__name__)
try:
    if a:
        assert ((len(a) < a) < a), 'assert'
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
