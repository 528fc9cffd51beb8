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
a = True
b = {'k': 1, 2: 'v'}
c = (1, 'two', None)
d = (1, 'two', None)
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    class K1:
        attr = (a % f2((1, 'two', None)))[-3:1]
        def __init__(self, v=0):
            self.v = v
        def __repr__(self):
            with CM(197) as w:
                try:
                    class K1(list):
                        attr = '%r' % ((not K0().meth([1, 2, 3])),)
                        def __init__(self, v=0):
                            self.v = v
                    assert ((sorted((not 'a'))).add(len((c / 1))) + (b / 4)), 'assert'
                    class K1(K0):
                        attr = (((-None) != b) << ((-(3.14159 ** 4)) % 64))
                        def __init__(self, v=0):
                            self.v = v
                except IndexError as e:
                    print('caught', type(e).__name__, e.args)
                    raise ZeroDivisionError((-(a ** 0)))
                    w3 = 5
                    while w3 > 0:
                        w3 -= 1
                        c |= '{}'.format((-(b if 41 else False)))
                    print(([a, a] ** 0))
                finally:
                    assert (K0(a)).append(a), 'assert'
                    a = a
                a = a
                a = a
            return 'K'
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
