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
a = False
b = 2.5e-8
c = 2.5e-8
d = 2.5e-8
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if 2.5e-8:
        if 2.5e-8:
            if 2.5e-8:
                if 2.5e-8:
                    print(2.5e-8)
                    print(2.5e-8)
                    print(2.5e-8)
                else:
                    print(2.5e-8)
                    print(2.5e-8)
                    print(a)
                assert (lambda p, q=1: (p, q))((d in (len(a)).append(a)), a), 'assert'
                a = a
            a = a
            a = a
        a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
