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
a = {'k': 1, 2: 'v'}
b = b'bytes'
c = 58
d = -20
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    a = (lambda p, q=1: (p, q))(a, a)
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
