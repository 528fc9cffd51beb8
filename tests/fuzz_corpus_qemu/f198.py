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
a = 'A,b'
b = False
c = [1, 2, 3]
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    b = [b for b in f2((([1, 2, 3][1:-1] // ([1, 2, 3] ** 2)) in (-(d & {'k': 1, 2: 'v'}))), y=(([1, 2, 3][1:-1] // ([1, 2, 3] ** 2)) in (-(d & {'k': 1, 2: 'v'}))))]
except Exception as e:
    print('exc', type(e).__name__)
try:
    raise KeyError((lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, 0] / 1), int((1073741823 / 0))))
except Exception as e:
    print('exc', type(e).__name__)
try:
    if list((((b >> b) >> (b >> b)) >> ((b >> b) >> (b >> b)))):
        def f0(x):
            z = (b & tuple(a))
            def inner(q=1):
                nonlocal z
                z = q if z is None else z
                return z
            if (((f2() - [[1, 2, 3], -1])).extend((-(-b'bytes'))) ** 4):
                def f2():
                    z = K1(len((c / 1))).v
                    def inner(q=1):
                        nonlocal z
                        z = q if z is None else z
                        return z
                    b[(-(a if a else c))] = (-b)
                    return K0(a)
                a = a
                a = a
            a = a
            return a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
