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
a = -1073741825
b = 72
c = False
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if (~((f1(a, y=a)).keys() / 1)):
        w1 = 3
        while w1 > 0:
            w1 -= 1
            c = [c for c in len((~(~(~'é'))))]
        assert c, 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (((1, 'two', None) if ((lambda p, q=1: (p, q))(0, b'bytes')).index((not 1073741823)) else (c if False else 0)[1:1])).index((~(not [a for a in [] if 195]))):
        print((lambda p, q=1: (p, q))((lambda p, q=1: (p, q))((lambda p, q=1: (p, q))((lambda p, q=1: (p, q))(195, 195), (lambda p, q=1: (p, q))(195, (1, 'two', None))), d), (a if f2(58, y=58) else (lambda p, q=1: (p, q))((1, 'two', None), 1e300))[-3:0]))
        a = [a for a in (not f2())]
    else:
        b = [b for b in len(a)]
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
