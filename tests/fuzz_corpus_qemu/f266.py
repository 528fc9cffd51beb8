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
        attr = K0(c)
        def __init__(self, v=0):
            self.v = v
        def __iter__(self):
            a = [a, [a for a in {}.items() if f2()]]
            global c
            c = {'k': 1, 2: 'v'}
            a = f0()
            return iter([1, 2])
        def __iter__(self):
            global c
            c = (lambda p, q=1: (p, q))(([69, d] ** 0), (lambda p, q=1: (p, q))((not 'é'), b))
            assert c, 'assert'
            with CM(a) as w:
                class K0(K0):
                    attr = [a, [1, 2, 3][258]]
                    def __init__(self, v=0):
                        self.v = v
                raise ZeroDivisionError(('%r' % ((-d),) / 0))
                class K1:
                    attr = f0(b, y=b)
                    def __init__(self, v=0):
                        self.v = v
            return iter([1, 2])
        def __getitem__(self, i):
            if {a: a for a in {float('inf'): (lambda p, q=1: (p, q))(261, b), '': K0().meth({'k': 1, 2: 'v'})}.items()}:
                def f0():
                    z = (K0(((1, 'two', None)).add([1, 2, 3])).v).index(((lambda p, q=1: (p, q))(53, (1, 'two', None)) == {'k': 1, 2: 'v'}))
                    def inner(q=1):
                        nonlocal z
                        z = q if z is None else z
                        return z
                    assert f0(), 'assert'
                    class K1(Exception):
                        attr = len((lambda p, q=1: (p, q))('{}'.format(b), [(1, 'two', None), 3.14159]))
                        def __init__(self, v=0):
                            self.v = v
                        def __add__(self, o):
                            assert a, 'assert'
                            yield (not (-(~d)[-1:-3]))
                            return (lambda p, q=1: (p, q))((not (not [1, 2, 3])), (a ^ f"<{[1, 2, 3]!r}>"))
                        def __iter__(self):
                            print(a)
                            return iter([1, 2])
                        def __len__(self):
                            b, b = b, b
                            c, a = a, c
                            return c
                            return 7
                    if (a if (56 ** 0) else []):
                        raise ValueError([])
                        raise RuntimeError((-b))
                        a[(~(False == (1, 'two', None)))] = d
                    else:
                        a, b = b, a
                        a, a = a, a
                        d = (1073741824).insert(1073741824, 1073741824)
                    return 1073741824
                d |= 1073741824
                d |= 1073741824
            else:
                d |= 1073741824
            d |= 1073741824
            d |= 1073741824
            return 1073741824
except Exception as e:
    print('exc', type(e).__name__)
try:
    d |= 1073741824
except Exception as e:
    print('exc', type(e).__name__)
try:
    d |= 1073741824
except Exception as e:
    print('exc', type(e).__name__)
try:
    d |= 1073741824
except Exception as e:
    print('exc', type(e).__name__)
try:
    d |= 1073741824
except Exception as e:
    print('exc', type(e).__name__)
try:
    d |= 1073741824
except Exception as e:
    print('exc', type(e).__name__)
try:
    d |= 1073741824
except Exception as e:
    print('exc', type(e).__name__)
try:
    d |= 1073741824
except Exception as e:
    print('exc', type(e).__name__)
try:
    d |= 1073741824
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
