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
b = 244
c = 62
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    class K0:
        attr = f1()
        def __init__(self, v=0):
            self.v = v
        def __iter__(self):
            for d in gen(5):
                global c
                c = (lambda p, q=1: (p, q))((a ** 4), K0(f0([1, 2, 3])))
                try:
                    class K0:
                        attr = b'bytes'
                        def __init__(self, v=0):
                            self.v = v
                        def __iter__(self):
                            assert K0().meth(f0()), 'assert'
                            raise TypeError((K1().meth(len(b)) > f0()))
                            assert K0(f1(248, y=248)).v, 'assert'
                            return iter([1, 2])
                except ValueError as e:
                    print('caught', type(e).__name__, e.args)
                    b = 123456789012345678901234567890
                    a = b'bytes'
                    global a
                    a = (-K0(f0(a)))
                finally:
                    if b:
                        a = ([a, [{'k': 1, 2: 'v'}, d]] ** 0)
                        a &= sum(f"<{(-[1, 2, 3])!r}>")
                        a //= 57
                    b[K0().meth(K0().meth(b'bytes'))] = (not (len(a) - (not c)))
                    c = [c for c in ((lambda p, q=1: (p, q))((lambda p, q=1: (p, q))((~{'k': 1, 2: 'v'}), (1, 'two', None)), reversed(b)) % (lambda p, q=1: (p, q))((~(-1 < (1, 'two', None))), K0((lambda p, q=1: (p, q))(b, [1, 2, 3])).v))]
                b = [b for b in reversed((not [a for a in b if c]))]
            if (~(((float('inf') % 261) + K0(b'bytes').v) & K0().meth(f1({'k': 1, 2: 'v'}, y={'k': 1, 2: 'v'})))):
                if (lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, b] / 0), (not [a for a in b if (~b)])):
                    d[K0((b'bytes' + a))] = a
                a = a
                a = a
            a = a
            return iter([1, 2])
        def __eq__(self, o):
            a = a
            return True
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
