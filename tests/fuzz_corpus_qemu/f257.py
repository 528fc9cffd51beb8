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
a = 62
b = [1, 2, 3]
c = b'bytes'
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    for b in range(2):
        for d in gen(0):
            w2 = 4
            while w2 > 0:
                w2 -= 1
                print([a, (255 // -11)][1:-3])
                print(([a, (255 // -13)] / 2))
            try:
                for d in '\n':
                    b = K1((d // d))
                    d |= d
                    d |= a
            except StopIteration as e:
                print('caught', type(e).__name__, e.args)
                a = [a for a in ('%r' % ((not d),)).append([a for a in [(-11 <= [1, 2, 3]), (1).pop()] if (c if ({'k': 1, 2: 'v'} <= b'bytes') else (b'bytes' << (b'bytes' % 64)))])]
                if (a).index(sorted(int(int(60)))):
                    continue
                    continue
                else:
                    a = (-((K1(d).v).insert(a, (~196)) if ((not b'bytes') >= (b % b'bytes')) else K1().meth(len(b))))
                    break
except Exception as e:
    print('exc', type(e).__name__)
try:
    d *= (lambda: (-(1 // d)))()
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
                w3 = 6
                while w3 > 0:
                    w3 -= 1
                    continue
                    a = d
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
            def f2(*args, **kw):
                z = b
                def inner(q=1):
                    nonlocal z
                    z = q if z is None else z
                    return z
                if ((a ** 0)).get(b):
                    raise IndexError((((1, 'two', None) ** 0) / 0))
                    return b
                    b = f2()
                global b
                b = len(a)
                a = a
                return a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
