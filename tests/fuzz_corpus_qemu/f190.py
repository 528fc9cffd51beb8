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
a = 0
b = None
c = [1, 2, 3]
d = False
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    class K0(list):
        attr = (((194 // 58) * a) ^ ((c ** 0) / 3))
        def __init__(self, v=0):
            self.v = v
except Exception as e:
    print('exc', type(e).__name__)
try:
    raise IndexError((70368744177663 ** 1))
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    raise IndexError((123456789012345678901234567890 / 4))
except Exception as e:
    print('exc', type(e).__name__)
try:
    assert '%r' % ((~(c % c)),), 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = f0(((1073741824 ** 4) / 0), y=((1073741824 ** 4) / 0))
except Exception as e:
    print('exc', type(e).__name__)
try:
    with CM((((1073741824 / 3) / 0)).append(a)) as w:
        a = (70368744177663).get(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    if ((198 / 4)).upper():
        if a:
            a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
