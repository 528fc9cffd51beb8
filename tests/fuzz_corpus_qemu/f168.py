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
a = 262
b = [1, 2, 3]
c = b'bytes'
d = 1.5
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if (abs([a for a in b if (a ** 1)]) // ('{}'.format(f1('a'))).format(a)):
        w1 = 1
        while w1 > 0:
            w1 -= 1
            with CM([]) as w:
                class K0:
                    attr = a
                    def __init__(self, v=0):
                        self.v = v
                a = a
                a = a
            a = a
            a = a
        a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
