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
a = 81
b = 1073741823
c = ''
d = (1, 'two', None)
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if (~(~((not -3) + (b'bytes' < b'bytes')))):
        if {a: (-((not b'bytes') < (~[1, 2, 3]))) for a in b}:
            for a in a:
                if sum(a):
                    raise StopIteration(f2(hex(f0()), y=hex(f0())))
                    raise KeyError((lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, a] ** 2), len((~-3))))
                for a in a:
                    break
                    assert a, 'assert'
                    break
                def f1(x):
                    a = b
                    a = a
                    a = a
                    return a
        a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
