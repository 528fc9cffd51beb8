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
a = 73
b = -0.0
c = False
d = 72
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if (~((-(~179)) < ([{'k': 1, 2: 'v'}, b] / 0))):
        try:
            assert ({} if (((~246) if f2(b'bytes', y=b'bytes') else str(b)) != a) else c), 'assert'
            b = d
            a = (((~c) if ((False if False else b) if (False if False else False) else len(b'bytes')) else (not (~0))) if (((False if False else False) if (False if False else False) else (False if False else False)) if ((False if False else False) if (False if False else False) else (False if False else False)) else ((False if False else False) if (False if False else False) else (False if False else False))) else (~(~c)))
        except AttributeError as e:
            print('caught', type(e).__name__, e.args)
            print(([a, d] ** 0))
            with CM(K0().meth((~b))) as w:
                d, c = c, d
                if f2({'k': 1, 2: 'v'}, y={'k': 1, 2: 'v'}):
                    print(((((False ** 2) ** 2) ** 2) ** 2))
                    print(((((False ** 2) ** 2) ** 2) ** 2))
                else:
                    print(((((False ** 2) ** 2) ** 2) ** 2))
                    print(((((False ** 2) ** 2) ** 2) ** 2))
                    print(((((False ** 2) ** 2) / 3) / 1))
        w1 = 3
        while w1 > 0:
            w1 -= 1
            w2 = 3
            while w2 > 0:
                w2 -= 1
                w3 = 3
                while w3 > 0:
                    w3 -= 1
                    a = a
        a = c
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
        w1 = 4
        while w1 > 0:
            w1 -= 1
            if (~(~(not (c / 1)))):
                class K0(Exception):
                    attr = d
                    def __init__(self, v=0):
                        self.v = v
            if K0((~(~(not b'bytes')))).v:
                c = [c for c in a]
                if {a for a in range(1)}:
                    a = a
                a = a
            a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
