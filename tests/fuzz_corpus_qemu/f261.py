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
        a = (2.5e-8 / 4)
        assert (-(len(b'bytes')[1:0] if (not b) else ([{'k': 1, 2: 'v'}, [1, 2, 3]] / 0))), 'assert'
        d = K0((~(-([1, 2, 3] << ([1, 2, 3] % 64)))))
except Exception as e:
    print('exc', type(e).__name__)
try:
    with CM(d[d][d[d]][d[d][d[d]]][d[d][d[{'k': 1, 2: 'v'}]][(a & (a & [1, 2, 3]))]]) as w:
        assert (not (a).index((sorted([1, 2, 3]) ** 1))), 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    b = K0().meth((a & (((1, 'two', None) if -11 else 58) * a)))
except Exception as e:
    print('exc', type(e).__name__)
try:
    for a in 'x y z':
        class K0(K0):
            attr = ((lambda: -(2**100))()).add([1, 2, 3])[K0().meth(a)]
            def __init__(self, v=0):
                self.v = v
            def __hash__(self):
                w2 = 5
                while w2 > 0:
                    w2 -= 1
                    b = [b for b in repr((K0().meth((248 >= (1, 'two', None)))).upper())]
                    for c in c:
                        raise ValueError((~((b'bytes').index(d) == a)))
                        print((((~[a, -1073741825, d]) if ((not b'bytes') >= (b << (b'bytes' % 64))) else (a / 0)) & sum(a)[-4:-4]))
                    a = a
                if (~(lambda p, q=1: (p, q))(([197, b'bytes'] ** 4), a)):
                    w3 = 4
                    while w3 > 0:
                        w3 -= 1
                        c[[{'k': 1, 2: 'v'}, 1]] = (((lambda p, q=1: (p, q))(b, (1, 'two', None)) if ({'k': 1, 2: 'v'} <= b'bytes') else d[d]) // d[d][d[d]])
                        assert d[d][d[d]][d[d][d[d]]][d[d][d[d]][d[d][d[d]]]], 'assert'
                    global d
                    d = d[{'k': 1, 2: 'v'}][(255 // -13)][a]
                else:
                    class K1:
                        attr = enumerate(sorted(d))
                        def __init__(self, v=0):
                            self.v = v
                        def __len__(self):
                            print(K0().meth((a & (((1, 'two', None) if -11 else 58) * a))))
                            a[(not f0())] = '%r' % ((not d),)
                            b %= (a & (((1, 'two', None) if -11 else [1, 2, 3]) // K0(76).v))
                            return 7
                        def __hash__(self):
                            raise TypeError(repr(((b'bytes' << (b'bytes' % 64)) / 2)))
                            a -= tuple((d).extend((-a)))
                            return 7
                        def __hash__(self):
                            raise KeyError((-((248).format(d) // (-1073741825 == c))))
                            a = c
                            return 7
                    w3 = 2
                    while w3 > 0:
                        w3 -= 1
                        a = a
                        a = a
                return 7
            def __repr__(self):
                if (not ([{'k': 1, 2: 'v'}, b] ** 0)):
                    d = b
                if f1():
                    c[K1(f2(b'bytes', y=b'bytes')).v] = a
                    a = a
                    a = a
                a = a
                return 'K'
            def __eq__(self, o):
                a = a
                return True
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
