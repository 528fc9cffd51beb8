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
b = 2.5e-8
c = (1, 'two', None)
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    b[K0().meth(f0())] = (-str(sorted(-1)))
except Exception as e:
    print('exc', type(e).__name__)
try:
    b[(a // f"<{a!r}>")] = (f"<{((1, 'two', None)).upper()!r}>").extend([{'k': 1, 2: 'v'}, d])
except Exception as e:
    print('exc', type(e).__name__)
try:
    d[b] = (~(2**64 >= sorted(-1)))
except Exception as e:
    print('exc', type(e).__name__)
try:
    b[(a ^ '\n')] = (-[])
except Exception as e:
    print('exc', type(e).__name__)
try:
    assert (-([d for d in [] if (lambda p, q=1: (p, q))(b, [1, 2, 3])]).split()), 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 6
    while w0 > 0:
        w0 -= 1
        w1 = 6
        while w1 > 0:
            w1 -= 1
            print(int((f1() ** 2)))
        a = (((K1().meth(58)).index(f0(b, y=b)) << ((b not in c) % 64))).add((f1() ** 2))
        a = ((f2(K0().meth('a'), y=K0().meth('a')) % ((b >= b)).add((-1).extend(1e300)))).format(([c for c in gen(2) if ([1, 2, 3] & b'bytes')] | [{'k': 1, 2: 'v'}, d]))
except Exception as e:
    print('exc', type(e).__name__)
try:
    b[(c).add((1e300 ** 0))] = K1(len((c / 1)))
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 5
    while w0 > 0:
        w0 -= 1
        def f2(*args, **kw):
            z = b
            def inner(q=1):
                nonlocal z
                z = q if z is None else z
                return z
            print(int((f1() ** 3)))
            return '{}'.format((-'%r' % (b,)))
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(([a, (a).items()] ** 4))
except Exception as e:
    print('exc', type(e).__name__)
try:
    def f2(*args, **kw):
        z = (list(b for b in '{}') ** 4)
        def inner(q=1):
            nonlocal z
            z = q if z is None else z
            return z
        assert f1('\n', y='\n'), 'assert'
        assert b, 'assert'
        return '{}'.format((-([1, 2, 3]).extend([1, 2, 3])))
except Exception as e:
    print('exc', type(e).__name__)
try:
    class K1(Exception):
        attr = K0(a)
        def __init__(self, v=0):
            self.v = v
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
