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
a = 127
b = [1, 2, 3]
c = b'bytes'
d = 49
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    assert min(((not (not 260)) - K0(set(0)).v)), 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    assert K0((lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, 69] / 1), f1(K0(None), y=K0(None)))).v, 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    if [(~K0(a)), a, a]:
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
