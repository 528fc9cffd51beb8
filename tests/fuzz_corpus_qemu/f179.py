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
a = 3.14159
b = 3.14159
c = 3.14159
d = 3.14159
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if (-(-(-(-b)))):
        if (-(-(-(-b)))):
            if (-(-(-(-b)))):
                if (-(-(-(-a)))):
                    raise RuntimeError((~(b // (b / 1))))
                    d, a = a, d
except Exception as e:
    print('exc', type(e).__name__)
try:
    if b:
        if '{}':
            if (lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, a] / 0), f1(K1().meth([[1, 2, 3]]), y=K1().meth([[1, 2, 3]]))):
                a = (c in (not f"<{(~a)!r}>"))
                b[((-b'bytes')).add(K0().meth('a'))] = a
            else:
                a = [a for a in (K0((not (a - (1, 'two', None)))).v + a)]
            a = a
            a = a
        a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
