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
        b[len((a ** 2))] = (-{})
        return (-(not b))
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, b] / 4), (~((not True)).extend([{'k': 1, 2: 'v'}, b'bytes']))):
        def f2(x, y=2):
            if (lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, b] / 4), (('' & (~b'bytes')) <= sum(len(a)))):
                a = a
            a = a
            a = a
            return a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
