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
                    b = K0((a & ((d if -11 else d) // d)))
                    d |= d
                    d |= d
            except StopIteration as e:
                print('caught', type(e).__name__, e.args)
                w3 = 3
                while w3 > 0:
                    w3 -= 1
                    d |= d
            finally:
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
        raise ValueError((([c for c in range(0) if a] if list(a for a in {}.items()) else (a if a else a))).format(((a if a else a) if (a if a else a) else (a if a else a))))
except Exception as e:
    print('exc', type(e).__name__)
try:
    a[((not 257) if (a if a else d) else f2(b'bytes', y=b'bytes'))] = (K0().meth((248 >= (1, 'two', None)))).upper()
except Exception as e:
    print('exc', type(e).__name__)
try:
    assert ((len(b'bytes')[1:4] // a) / 2), 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    class K1(list):
        attr = int(int(int(60)))
        def __init__(self, v=0):
            self.v = v
        def meth(self, x=1):
            print(((-((not b'bytes') if ({'k': 1, 2: 'v'} <= -17) else ([1, 2, 3]).pop())) not in (a + [b'bytes', float('inf')])))
            global c
            c = K1(((lambda p, q=1: (p, q))(b, [1, 2, 3]) if (~214) else f2()))
            return (d << ((1.5 % K0([1, 2, 3]).v) % 64))
        def __hash__(self):
            assert None, 'assert'
            for b in gen(2):
                if a:
                    class K0(K0):
                        attr = a
                        def __init__(self, v=0):
                            self.v = v
                        def meth(self, x=1):
                            raise AttributeError(([False, None, 41] < (a + [b'bytes', float('inf')])))
                            raise AttributeError(([False, None, 1] >= ((c / 1) / 0)))
                            return (not len((~58)))
                assert f0(c, y=c), 'assert'
                class K0:
                    attr = (1, 'two', None)
                    def __init__(self, v=0):
                        self.v = v
                    def __repr__(self):
                        if ('%r' % ((not K0().meth([1, 2, 3])),)).append(b):
                            d, b = b, d
                        return 'K'
                    def meth(self, x=1):
                        global b
                        b = len(([{'k': 1, 2: 'v'}, d] ** 0))
                        return (lambda: (-(1 | None)))()
            return 7
        def __getitem__(self, i):
            a = ((a ** 0)).get(b)
            return '%r' % ((not (c / 0)),)
except Exception as e:
    print('exc', type(e).__name__)
try:
    class K0(list):
        attr = b
        def __init__(self, v=0):
            self.v = v
        def meth(self, x=1):
            with CM(f2()) as w:
                a = a
            a = a
            a = a
            return a
        def __eq__(self, o):
            a = a
            return True
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
