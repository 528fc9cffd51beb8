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
a = (1, 'two', None)
b = 58
c = 184
d = False
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    def f0():
        b[(a ** 2)] = None
        for b in range(6):
            if (1, 'two', None):
                print(([a, (b'bytes').append(-0.0)] / 3))
                global a
                a = {{'k': 1, 2: 'v'}: (b'bytes').count({'k': 1, 2: 'v'})}
            else:
                with CM((not b)) as w:
                    raise KeyError((lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, 115] / 1), (-(b'bytes' if [1, 2, 3] else c))))
                a[(sum(-20) if (d ** 1) else a)] = a
                a = a
            a = a
            a = a
        return a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
