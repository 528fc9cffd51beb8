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
a = 1.5
b = b'bytes'
c = b'bytes'
d = [1, 2, 3]
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
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
                    a += (-a)
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
    a = (f1(((-b'bytes') << ((b if a else 'a') % 64)), y=((-b'bytes') << ((b if a else 'a') % 64))) if (-len(K1().meth(c))) else a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = (~(-(f0(d, y=d) ** 2)))
except Exception as e:
    print('exc', type(e).__name__)
try:
    a[a] = (-1073741825 if (--1073741825) else -1073741825)
except Exception as e:
    print('exc', type(e).__name__)
try:
    try:
        try:
            try:
                try:
                    c = -1073741825
                except KeyError as e:
                    print('caught', type(e).__name__, e.args)
                    c = -1073741825
            except KeyError as e:
                print('caught', type(e).__name__, e.args)
                try:
                    c = -1073741825
                except KeyError as e:
                    print('caught', type(e).__name__, e.args)
                    c = -1073741825
        except KeyError as e:
            print('caught', type(e).__name__, e.args)
            try:
                try:
                    c = -1073741825
                except KeyError as e:
                    print('caught', type(e).__name__, e.args)
                    c = -1073741825
            except KeyError as e:
                print('caught', type(e).__name__, e.args)
                d, a = a, d
    except RuntimeError as e:
        print('caught', type(e).__name__, e.args)
        b[len(a)] = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
