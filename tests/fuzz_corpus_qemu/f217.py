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
a = b'bytes'
b = -1
c = '\n'
d = 252
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if f0(True):
        raise TypeError(True)
        raise TypeError(True)
    else:
        raise TypeError(True)
        raise TypeError(True)
except Exception as e:
    print('exc', type(e).__name__)
try:
    raise TypeError(True)
except Exception as e:
    print('exc', type(e).__name__)
try:
    raise TypeError(True)
except Exception as e:
    print('exc', type(e).__name__)
try:
    raise ZeroDivisionError(d)
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
                w3 = 0
                while w3 > 0:
                    w3 -= 1
                    continue
                    d |= d
                    d |= d
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 3
    while w0 > 0:
        w0 -= 1
        class K0:
            attr = d
            def __init__(self, v=0):
                self.v = v
            def meth(self, x=1):
                w2 = 2
                while w2 > 0:
                    w2 -= 1
                    w3 = 4
                    while w3 > 0:
                        w3 -= 1
                        b *= int((~(~'a')))
                        print(a)
                return (a if (a * K1(-20)) else a)
            def __eq__(self, o):
                a = a
                return True
            def __eq__(self, o):
                a = a
                return True
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
