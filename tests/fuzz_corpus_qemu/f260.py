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
a = 241
b = [1, 2, 3]
c = b'bytes'
d = 262
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if K1().meth(f2()):
        try:
            c = [c for c in ((d if f2() else a) ** 3)]
        except IndexError as e:
            print('caught', type(e).__name__, e.args)
            class K1(K0):
                attr = a
                def __init__(self, v=0):
                    self.v = v
                def __getitem__(self, i):
                    assert (~(lambda p, q=1: (p, q))(d, d)), 'assert'
                    w3 = 3
                    while w3 > 0:
                        w3 -= 1
                        d |= d
                    w3 = 3
                    while w3 > 0:
                        w3 -= 1
                        d |= d
                    return d
                def __getitem__(self, i):
                    w3 = 3
                    while w3 > 0:
                        w3 -= 1
                        d |= d
                    return d
            w2 = 3
            while w2 > 0:
                w2 -= 1
                w3 = 3
                while w3 > 0:
                    w3 -= 1
                    d |= d
            w2 = 3
            while w2 > 0:
                w2 -= 1
                w3 = 3
                while w3 > 0:
                    w3 -= 1
                    d |= d
        finally:
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
                    d |= d
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 2
    while w0 > 0:
        w0 -= 1
        a = f0(f1((b).add((d / 1))), y=f1((b).add((d / 1))))
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (~c):
        try:
            if (~(~(~(~b'bytes')))):
                for a in {}.items():
                    print(f0(('%r' % (70368744177663,)).upper()[(b == (~b'bytes'))], y=('%r' % (70368744177663,)).upper()[(b == (~b'bytes'))]))
                if (~(lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, d] ** 2), f"<{(-b)!r}>")):
                    b, c = c, b
                    raise ValueError((~(-(176 * 3.14159))))
                else:
                    assert (((~(not b)) if (b'bytes'[1:1] / 2) else K0().meth(f0())) / 4), 'assert'
                d[((b'bytes').index(d) / 1)] = b
            a = a
        except ValueError as e:
            print('caught', type(e).__name__, e.args)
            a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
