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
a = -17
b = 199
c = -20
d = -20
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
print(a, b, c, d)
