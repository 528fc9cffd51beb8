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
d = False
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    def f2(*args, **kw):
        print((-bool(196)))
        if {}:
            w2 = 3
            while w2 > 0:
                w2 -= 1
                raise ValueError(K0((lambda p, q=1: (p, q))(a, a)))
                a = a
                a = a
            a = a
        a = a
        return a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    c = [a, 'abc']
except Exception as e:
    print('exc', type(e).__name__)
try:
    a, c = c, a
except Exception as e:
    print('exc', type(e).__name__)
try:
    with CM((not K0((lambda p, q=1: (p, q))((c / 1), b'bytes')))) as w:
        if ((1, 'two', None) == (lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, b] / 4), (('' & {'k': 1, 2: 'v'}) in (-(1, 'two', None))))):
            a = a
            a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
