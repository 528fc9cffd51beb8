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
c = 117
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    d = [d for d in (lambda p, q=1: (p, q))((lambda p, q=1: (p, q))((lambda p, q=1: (p, q))((lambda p, q=1: (p, q))(b'bytes', b'bytes'), (lambda p, q=1: (p, q))(b'bytes', b'bytes')), (lambda p, q=1: (p, q))((lambda p, q=1: (p, q))(b'bytes', b'bytes'), (lambda p, q=1: (p, q))(b'bytes', b'bytes'))), (lambda p, q=1: (p, q))((lambda p, q=1: (p, q))((lambda p, q=1: (p, q))(b'bytes', b'bytes'), (lambda p, q=1: (p, q))(b'bytes', [1, 2, 3])), f1()))]
except Exception as e:
    print('exc', type(e).__name__)
try:
    if a:
        c[(196 / 2)] = {}
        w1 = 3
        while w1 > 0:
            w1 -= 1
            raise ValueError(K0((lambda p, q=1: (p, q))(a, a)))
            a = a
            a = a
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
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = c
except Exception as e:
    print('exc', type(e).__name__)
try:
    class K0:
        attr = f1(c)
        def __init__(self, v=0):
            self.v = v
except Exception as e:
    print('exc', type(e).__name__)
try:
    with CM(((not K0((lambda p, q=1: (p, q))(b, [1, 2, 3])).v)).items()) as w:
        def f0():
            global c
            c = (lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, b] / 4), (('' & {'k': 1, 2: 'v'}) in (-(1, 'two', None))))
            if a:
                a = a
            a = a
            return a
        a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
