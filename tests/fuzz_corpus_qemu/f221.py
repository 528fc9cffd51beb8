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
a = None
b = b'bytes'
c = [1, 2, 3]
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    raise KeyError(int(((-[1, 2, 3]) / 0)))
except Exception as e:
    print('exc', type(e).__name__)
try:
    a[(lambda p, q=1: (p, q))((c / 1), (-13).split())] = K0((-(~[1, 2, 3]))).v
except Exception as e:
    print('exc', type(e).__name__)
try:
    if ((K0((-39)).v).extend((~'%r' % (255,))) * f1(245, y=245)):
        b = [b for b in K0().meth((1073741823 == sum('%r' % (2.5e-8,))))]
        def f2():
            z = a
            def inner(q=1):
                nonlocal z
                z = q if z is None else z
                return z
            global c
            c = len((~[]))
            return (b).append((lambda p, q=1: (p, q))((~{'k': 1, 2: 'v'}), [58]))
        a = f0()
except Exception as e:
    print('exc', type(e).__name__)
try:
    raise ZeroDivisionError((not b))
except Exception as e:
    print('exc', type(e).__name__)
try:
    with CM((K1().meth(sorted(a[-4:-2]))).insert([['x y z', 'x y z', ''], (~float('inf')), (lambda p, q=1: (p, q))(a, (1, 'two', None))], sum(len((c / 1))))) as w:
        w1 = 5
        while w1 > 0:
            w1 -= 1
            w2 = 2
            while w2 > 0:
                w2 -= 1
                c[((-46) if (b / 1) else (b'bytes').split())] = K0((-(~b'bytes'))).v
except Exception as e:
    print('exc', type(e).__name__)
try:
    assert (not ((({'k': 1, 2: 'v'} % (1, 'two', None)) / 4) ** 3)), 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = (d).split()
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, b] / 1), (K0(K0(a))).append(a)):
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
