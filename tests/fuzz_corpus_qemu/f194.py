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
a = b'bytes'
b = 30
c = b'bytes'
d = 3.14159
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    w0 = 1
    while w0 > 0:
        w0 -= 1
        c = [c for c in len((~(not (b'bytes' << (b'bytes' % 64)))))]
except Exception as e:
    print('exc', type(e).__name__)
try:
    if ({b: [b for b in d if len(b'bytes')] for b in 'é'} // [b for b in 'é' if [b for b in 'é' if [b for b in 'x y z' if {'k': 1, 2: 'v'}]]]):
        print((lambda p, q=1: (p, q))((~(f0(b'bytes', y=b'bytes') < (~1e300))), 1e300[1e300][1e300[1e300]][1e300[1e300][1e300[1e300]]]))
        c = [c for c in 1e300[1e300][1e300[1e300]][70368744177663[123456789012345678901234567890][a]][a]]
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (lambda p, q=1: (p, q))((lambda p, q=1: (p, q))((~(b'bytes' <= b'bytes')), (~(~1e300))), 1e300[1e300][1e300[1e300]][1e300[1e300][1e300[1e300]]]):
        c = [c for c in 1e300[1e300][1e300[1e300]][1e300[1e300][1e300[1e300]]][1e300[1e300][1e300[1e300]][1e300[1e300][1e300[1e300]]]]]
        c = [c for c in 1.5[[1, 2, 3]][c][K0((not b'bytes'))][a]]
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
