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
a = -0.0
b = -20
c = [1, 2, 3]
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    c = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    b[K0((b if b'bytes' else 257)).v] = b
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 2
    while w0 > 0:
        w0 -= 1
        assert K0().meth([])[f1((not (-d)), y=(not (-d)))], 'assert'
        with CM(((K1().meth((not 'a')) == a) ** 2)) as w:
            if (~(~(lambda p, q=1: (p, q))((True - [1, 2, 3]), (not (1, 'two', None))))):
                if set((f"<{(~a)!r}>" + a)):
                    a = a
                a = ([{'k': 1, 2: 'v'}, b'bytes'] ** 1)[1:3]
            if ('{}'.format(int(([1, 2, 3] ** 2))) << (((K1({'k': 1, 2: 'v'}) & K0().meth(a)) ** 4) % 64)):
                if ((not '%r' % ((-b'bytes'),)) ** 4):
                    a = (~(not (not len(b'bytes'))))
                    raise ValueError((d == ((not -11) - (not 1073741823))))
                if (a * K0().meth(len((~'é')))):
                    assert K0(b'bytes'), 'assert'
                if K0().meth({b'bytes': b'bytes'}):
                    continue
except Exception as e:
    print('exc', type(e).__name__)
try:
    if ((~(-K0().meth('\n'))) if (-(({'k': 1, 2: 'v'} * 196) & tuple(c))) else 200):
        if '\n':
            assert ('{}'.format((~b)) == (~(~(lambda p, q=1: (p, q))(b'bytes', b'bytes')))), 'assert'
            a = [a for a in a]
            a = a
        print(a)
        a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    class K0:
        attr = 1e300
        def __init__(self, v=0):
            self.v = v
        def __hash__(self):
            if '%r' % ((not (not {a: 1e300 for a in gen(2)})),):
                if K0((lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, b'bytes'] ** 4), K0((50 if 50 else 'é')).v)):
                    a = [a for a in (1, 'two', None)]
                    if (~(~[])):
                        d = ([(lambda: [1, 2, 3])()] ** 1)
                        d = (((~f0(245, y=245))).index((sum(b'bytes') - {a: 1e300 for a in gen(2)})) / 1)
                        b, c = c, b
                    b[K0().meth(f0(71))] = (~'{}'.format((not (1, 'two', None))))
                else:
                    class K0(Exception):
                        attr = b
                        def __init__(self, v=0):
                            self.v = v
                        def __getitem__(self, i):
                            return a
                            assert b, 'assert'
                            return f1(([58] / 0))
                    raise StopIteration((b / 0))
                    class K1(K0):
                        attr = b
                        def __init__(self, v=0):
                            self.v = v
                        def __getitem__(self, i):
                            raise RuntimeError([a for a in range(6) if a])
                            assert (K1().meth((not 'a')) << ((-(~f0(72, y=72))) % 64)), 'assert'
                            raise KeyError(a)
                            return a
                a = a
                a = a
            a = a
            a = a
            return 7
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
