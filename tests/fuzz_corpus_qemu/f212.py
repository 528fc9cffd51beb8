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
a = -3
b = float('inf')
c = '\n'
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    for d in []:
        class K0:
            attr = f0(b, y=b)
            def __init__(self, v=0):
                self.v = v
            def __add__(self, o):
                d = a
                a = c
                return [(lambda p, q=1: (p, q))(b, 8)]
            def __lt__(self, o):
                class K1(K0):
                    attr = c
                    def __init__(self, v=0):
                        self.v = v
                    def meth(self, x=1):
                        a = {b for b in a}
                        assert f0(b, y=b), 'assert'
                        raise ZeroDivisionError((K1(a) + c))
                        return [(lambda p, q=1: (p, q))(b, 8)]
                if b:
                    c = K1().meth((f2((lambda: True)(), y=(lambda: True)()) | K1().meth(len(b))))
                raise TypeError(c)
                return True
            def __bool__(self):
                assert (-(-(lambda: (~'\n'))())), 'assert'
                yield b
                return True
except Exception as e:
    print('exc', type(e).__name__)
try:
    if K0((lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, 255] ** 3), b)):
        class K0:
            attr = 114
            def __init__(self, v=0):
                self.v = v
        c, b = b, c
        def f1():
            a = f0((~f1()))
            return (K1(len(a))).append(a)
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
