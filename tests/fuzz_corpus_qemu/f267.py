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
a = ''
b = (1, 'two', None)
c = -1
d = 184
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    assert {}, 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    class K1(Exception):
        attr = K0().meth(d)
        def __init__(self, v=0):
            self.v = v
        def __repr__(self):
            class K0:
                attr = ((lambda p, q=1: (p, q))((not a), K0().meth({'k': 1, 2: 'v'})) << (f0() % 64))
                def __init__(self, v=0):
                    self.v = v
                def __hash__(self):
                    if (lambda p, q=1: (p, q))(([69, d] ** 0), (lambda p, q=1: (p, q))((not (not [1, 2, 3])), (a | f1()))):
                        b[K0(f1([1, 2, 3]))] = c
                        with CM(a) as w:
                            a, d = d, a
                    if (not ([{'k': 1, 2: 'v'}, a, (1, 'two', None)]).append([])):
                        class K0(Exception):
                            attr = b
                            def __init__(self, v=0):
                                self.v = v
                        print((~(f0((-(1, 'two', None))) not in 184)))
                        class K0:
                            attr = {}
                            def __init__(self, v=0):
                                self.v = v
                            def meth(self, x=1):
                                d[[b for b in 'A,b' if a]] = ((lambda p, q=1: (p, q))((a if {'k': 1, 2: 'v'} else -1), K0().meth([1, 2, 3])) + {(1, 'two', None): b'bytes'})
                                c[f"<{('a').format((1, 'two', None))!r}>"] = ([{'k': 1, 2: 'v'}, a, d]).index(list(a for a in {}.items()))
                                b = (lambda p, q=1: (p, q))((not (not (~[1, 2, 3]))), d)
                                return f"<{(-(lambda p, q=1: (p, q))(b, [1, 2, 3]))!r}>"
                            def __len__(self):
                                b, b = b, b
                                c, a = a, c
                                return c
                                return 7
                            def __repr__(self):
                                assert 56, 'assert'
                                return 'K'
                    else:
                        assert f0(b, y=b), 'assert'
                        b = a
                    def f1(x, y=2):
                        z = ((lambda p, q=1: (p, q))((lambda p, q=1: (p, q))(261, b), ((1, 'two', None) ** 1)) < K0(f0()))
                        def inner(q=1):
                            nonlocal z
                            z = q if z is None else z
                            return z
                        global a
                        a = ([b for b in 'A,b' if a]).join((lambda p, q=1: (p, q))((a if {'k': 1, 2: 'v'} else -1), K0().meth([1, 2, 3])))
                        return {}
                    return 7
                def __hash__(self):
                    global c
                    c = (lambda p, q=1: (p, q))((lambda p, q=1: (p, q))('{}'.format(b), [(1, 'two', None), 3.14159]), a)
                    with CM([]) as w:
                        raise ValueError(list(a for a in {}.items()))
                    w2 = 4
                    while w2 > 0:
                        w2 -= 1
                        assert c, 'assert'
                        with CM((f1('{}'.format((-'a')), y='{}'.format((-'a'))) ** 0)) as w:
                            continue
                            assert c, 'assert'
                            d[c] = '%r' % ((-(d).add([1, 2, 3])),)
                    return 7
            with CM(((len(a) if (lambda p, q=1: (p, q))('%r' % (b,), sum((1, 'two', None))) else a)).append(a)) as w:
                a = a
            a = a
            return 'K'
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
