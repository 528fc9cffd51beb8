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
        attr = K0().meth(f2((53 << (-1 % 64)), y=(53 << (-1 % 64))))
        def __init__(self, v=0):
            self.v = v
except Exception as e:
    print('exc', type(e).__name__)
try:
    class K0:
        attr = {(1, 'two', None): K0().meth('a')}
        def __init__(self, v=0):
            self.v = v
except Exception as e:
    print('exc', type(e).__name__)
try:
    with CM(([b for b in a if f2()]).index({(1, 'two', None): K0([1, 2, 3]).v})) as w:
        w1 = 5
        while w1 > 0:
            w1 -= 1
            assert K0().meth({'k': 1, 2: 'v'}), 'assert'
        assert f0(), 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    def f2(x):
        a -= (not b)
        c = f0(len(([{'k': 1, 2: 'v'}, b] / 0)))
        return []
except Exception as e:
    print('exc', type(e).__name__)
try:
    b = [b for b in len(a)]
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
