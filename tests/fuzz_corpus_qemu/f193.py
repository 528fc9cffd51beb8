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
a = 5
b = 262
c = [1, 2, 3]
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    assert (d / 1), 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    if ((not (~(209 | 46))) // a):
        raise ZeroDivisionError((a << ((c << ((a // b'bytes') % 64)) % 64)))
except Exception as e:
    print('exc', type(e).__name__)
try:
    b[K0().meth(f1())] = b
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = (({a for a in {}.items()} - K1().meth(len(b))) << (f1() % 64))
except Exception as e:
    print('exc', type(e).__name__)
try:
    for a in [K0(127)]:
        def f2(*args, **kw):
            b = f0((([1, 2, 3] & {'k': 1, 2: 'v'}) ** 3), y=(([1, 2, 3] & {'k': 1, 2: 'v'}) ** 3))
            global b
            b = len(([{'k': 1, 2: 'v'}, [1, 2, 3]] ** 4))
            for a in [K0(182)]:
                b = f0()
            return '%r' % ((not (not c)),)
except Exception as e:
    print('exc', type(e).__name__)
try:
    b, b = b, b
except Exception as e:
    print('exc', type(e).__name__)
try:
    if f2():
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
