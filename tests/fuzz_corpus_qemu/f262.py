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
a = -20
b = -1073741825
c = -11
d = 41
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    b[(~len(b))] = K0(f0(({'k': 1, 2: 'v'} ** 0), y=({'k': 1, 2: 'v'} ** 0))).v
except Exception as e:
    print('exc', type(e).__name__)
try:
    raise KeyError([(b'bytes').join(b'bytes'), a])
except Exception as e:
    print('exc', type(e).__name__)
try:
    class K0:
        attr = (d // d)
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
                        d |= d
            return K0().meth([69])
        def __getitem__(self, i):
            raise KeyError(d)
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
            return d
        def __getitem__(self, i):
            w1 = 3
            while w1 > 0:
                w1 -= 1
                w2 = 4
                while w2 > 0:
                    w2 -= 1
                    for c in []:
                        raise ValueError(b)
                        return b
                        d |= d
            return d
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 3
    while w0 > 0:
        w0 -= 1
        raise ValueError((not len((a).format((1, 'two', None)))))
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (-((not a) < (a & f0(b, y=b)))):
        if a:
            try:
                if (~(not ([{'k': 1, 2: 'v'}, d] ** 1))):
                    print(f0(([] // (lambda: (~1.5))())))
                    raise KeyError(c)
                    c[len((~True))] = c
                else:
                    assert a, 'assert'
                c = [c for c in (-((not a) < (a & f0(b, y=b))))]
            except ValueError as e:
                print('caught', type(e).__name__, e.args)
                raise ValueError((not len((~58))))
                a = f0()
            class K0:
                attr = (not ((False / 0) | (b'bytes' << (b'bytes' % 64))))
                def __init__(self, v=0):
                    self.v = v
            b[[b'bytes', 4, b'bytes']] = a
        else:
            with CM((f1()).insert(d, b)) as w:
                a += b
                try:
                    a, a = a, a
                    a = (~(not ([b, b] ** 3)))
                except TypeError as e:
                    print('caught', type(e).__name__, e.args)
                    b = list(b for b in {b'bytes': list(b for b in {b'bytes': list(b for b in {b'bytes': list(b for b in {b'bytes': list(b for b in {b'bytes': list(b for b in {b'bytes': list(b for b in {b'bytes': list(b for b in {b'bytes': list(b for b in {b'bytes': list(b for b in {b'bytes': list(b for b in {b'bytes': list(b for b in {[1, 2, 3]: d}.items())}.items())}.items())}.items())}.items())}.items())}.items())}.items())}.items())}.items())}.items())}.items())
                finally:
                    d &= (not len(([1, 2, 3]).extend([1, 2, 3])))
            if (not (K0((~-10))).append(a)):
                a = a
            a = a
        a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
