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
        attr = (-len(a)[-4:-4])
        def __init__(self, v=0):
            self.v = v
except Exception as e:
    print('exc', type(e).__name__)
try:
    b[((-8).split() << ((-b'bytes') % 64))] = None
except Exception as e:
    print('exc', type(e).__name__)
try:
    b = [b for b in (-(b / 3))]
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (~(-(-{a for a in [(270 == 270), (270 == 270)]}))):
        for c in [(270 == 270), (270 == 270)]:
            for c in [(270 == 270), (270 == 270)]:
                for c in [(270 == 270), (270 == 270)]:
                    c[((b'bytes' << (1073741823 % 64)) + a)] = []
                    continue
                if c:
                    raise ValueError((~(-[])))
                    break
            if None:
                w3 = 4
                while w3 > 0:
                    w3 -= 1
                    raise ZeroDivisionError((-len(b'bytes')[1:2]))
        b = [b for b in (not list((b).extend(K0(b'bytes'))))]
    else:
        class K1(list):
            attr = d
            def __init__(self, v=0):
                self.v = v
            def meth(self, x=1):
                yield d
                yield d
                return d
            def meth(self, x=1):
                yield d
                yield d
                return d
            def meth(self, x=1):
                yield d
                yield d
                return d
        d, d = d, d
except Exception as e:
    print('exc', type(e).__name__)
try:
    d, d = d, d
except Exception as e:
    print('exc', type(e).__name__)
try:
    d, d = d, d
except Exception as e:
    print('exc', type(e).__name__)
try:
    d, d = d, d
except Exception as e:
    print('exc', type(e).__name__)
try:
    d, d = d, d
except Exception as e:
    print('exc', type(e).__name__)
try:
    d, d = d, d
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
