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
c = ''
d = 252
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if f0():
        w1 = 3
        while w1 > 0:
            w1 -= 1
            w2 = 3
            while w2 > 0:
                w2 -= 1
                w3 = 3
                while w3 > 0:
                    w3 -= 1
                    b |= a
except Exception as e:
    print('exc', type(e).__name__)
try:
    b[len(b'bytes')[1:0]] = ([186, 186, 186] ** 2)
except Exception as e:
    print('exc', type(e).__name__)
try:
    d = (lambda: (lambda: (lambda: (lambda: 186)())())())()
except Exception as e:
    print('exc', type(e).__name__)
try:
    d = (lambda: '{}'.format(f"<{'{}'.format(d)!r}>"))()
except Exception as e:
    print('exc', type(e).__name__)
try:
    class K0:
        attr = f0()
        def __init__(self, v=0):
            self.v = v
        def __getitem__(self, i):
            w1 = 3
            while w1 > 0:
                w1 -= 1
                w2 = 3
                while w2 > 0:
                    w2 -= 1
                    w3 = 3
                    while w3 > 0:
                        w3 -= 1
                        d &= (b == len((~58)))
            return (lambda: (lambda: (lambda: 186)())())()
        def __lt__(self, o):
            d = (lambda: (lambda: (lambda: (lambda: 186)())())())()
            d = (lambda: (lambda: (lambda: (lambda: 186)())())())()
            return True
        def __lt__(self, o):
            d = (lambda: (lambda: (lambda: (lambda: 186)())())())()
            d = f"<{'{}'.format((lambda: (lambda: 186)())())!r}>"
            return True
except Exception as e:
    print('exc', type(e).__name__)
try:
    with CM(((lambda: (lambda: (lambda: 186)())())() if (a * (lambda: (lambda: 186)())()) else (lambda: (lambda: (lambda: 186)())())())) as w:
        try:
            try:
                try:
                    assert ((((a + a) + (a + a)) + ((a + a) + (a + a))) + (((a + a) + (a + a)) + ((a + a) + (a + a)))), 'assert'
                except ValueError as e:
                    print('caught', type(e).__name__, e.args)
                    assert ((((a + a) + (a + a)) + ((a + a) + (a + a))) + (((a + a) + (a + a)) + ((d ^ 186) * a))), 'assert'
                finally:
                    a, c = c, a
            except TypeError as e:
                print('caught', type(e).__name__, e.args)
                if a:
                    a = a
                a = a
                a = a
        except ValueError as e:
            print('caught', type(e).__name__, e.args)
            a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
