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
a = 'abc'
b = 1e300
c = [1, 2, 3]
d = 2.5e-8
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    class K0:
        attr = (-len(b'bytes')[1:2])
        def __init__(self, v=0):
            self.v = v
except Exception as e:
    print('exc', type(e).__name__)
try:
    b = [b for b in (not list((b).extend(b'bytes')))]
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (~(lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, b] ** 3), (~a))):
        a = (-c)
    else:
        a = [a for a in (~(('%r' % ([1, 2, 3],)).upper() not in [][-2:1]))]
        with CM((b / 3)) as w:
            if (~[]):
                class K1(Exception):
                    attr = b
                    def __init__(self, v=0):
                        self.v = v
            else:
                if (not a):
                    raise TypeError((not [a for a in range(4) if len(b'bytes')]))
                b = (not (-sorted(a[-2:2])))
            class K0:
                attr = (-len(b'bytes')[1:2])
                def __init__(self, v=0):
                    self.v = v
            b = [b for b in (not list((b).extend(b'bytes')))]
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (~(lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, b] ** 3), (~a))):
        a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    b[((b).format([1, 2, 3]) << ((-b'bytes') % 64))] = 72
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (~(-(-{a: b'bytes' for a in c}))):
        a = (-(not [a for a in range(4) if len(b'bytes')]))
        if (~(~((~[1, 2, 3]) ** 2))):
            w2 = 2
            while w2 > 0:
                w2 -= 1
                if (~(not ([d, d] ** 0))):
                    c %= a
                    raise ValueError((K0(f0(a)) if (lambda p, q=1: (p, q))((c ** 1), (b == 'a')) else f"<{(-20 if b else a)!r}>"))
                a = a
            a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
