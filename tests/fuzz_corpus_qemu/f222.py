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
a = (1, 'two', None)
b = 58
c = 184
d = [1, 2, 3]
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if {}:
        d[K0((lambda p, q=1: (p, q))('a', b'bytes')).v] = (-{31: d, 31: d, 31: d})
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
                    d |= d[-1:-1]
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
                    d *= (-(not b))
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (lambda p, q=1: (p, q))(([] / 0), f1()):
        c = [c for c in a]
        a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
