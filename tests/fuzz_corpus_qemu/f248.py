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
a = 73
b = -0.0
c = False
d = 108
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    print(([]).format(len(((288 ** 0) // (189).count(a)))))
except Exception as e:
    print('exc', type(e).__name__)
try:
    b = len((~(~b'bytes')))[1:0]
except Exception as e:
    print('exc', type(e).__name__)
try:
    b[K0().meth(f0(-12, y=-12))] = ((c).split() < f0())
except Exception as e:
    print('exc', type(e).__name__)
try:
    b %= f0()
except Exception as e:
    print('exc', type(e).__name__)
try:
    b %= f0()
except Exception as e:
    print('exc', type(e).__name__)
try:
    b %= f0()
except Exception as e:
    print('exc', type(e).__name__)
try:
    b %= {-1: f0()}
except Exception as e:
    print('exc', type(e).__name__)
try:
    for b in {-1: f0()}.items():
        b %= f0()
except Exception as e:
    print('exc', type(e).__name__)
try:
    b %= f0()
except Exception as e:
    print('exc', type(e).__name__)
try:
    b %= f0(f0(f0()))
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (lambda: len((~258))[1:1])():
        w1 = 0
        while w1 > 0:
            w1 -= 1
            break
            for a in a:
                d = [d for d in 1.5]
                c = [c for c in len((~(~(~58))))]
                a = f0(K1().meth([1, 2, 3]), y=K1().meth([1, 2, 3]))
            for a in c:
                continue
                b %= f0()
                b %= f0()
        b %= f0()
        b %= f0()
    else:
        b %= sum(f0())
except Exception as e:
    print('exc', type(e).__name__)
try:
    b %= f0()
except Exception as e:
    print('exc', type(e).__name__)
try:
    b %= f0()
except Exception as e:
    print('exc', type(e).__name__)
try:
    b %= f0()
except Exception as e:
    print('exc', type(e).__name__)
try:
    b %= f0(K1((-1 << (1.5 % 64))).v, y=K1((-1 << (1.5 % 64))).v)
except Exception as e:
    print('exc', type(e).__name__)
try:
    c = [c for c in (~a)]
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (~(-({} - (not a)))):
        a[K0(1.5)] = hex((f1() << ({a for a in a} % 64)))
        print(((lambda: (lambda: f"<{''!r}>")())() / 1))
        a[(lambda: f"<{''!r}>")()] = (lambda: (lambda: f"<{''!r}>")())()
except Exception as e:
    print('exc', type(e).__name__)
try:
    a[(lambda: f"<{''!r}>")()] = (lambda: (lambda: f"<{''!r}>")())()
except Exception as e:
    print('exc', type(e).__name__)
try:
    a[(lambda: f"<{''!r}>")()] = (lambda: (lambda: f"<{''!r}>")())()
except Exception as e:
    print('exc', type(e).__name__)
try:
    b[K0(f0(b'bytes', y=b'bytes'))] = f0(f0(K1().meth(b'bytes'), y=K1().meth(b'bytes')), y=f0(K1().meth(b'bytes'), y=K1().meth(b'bytes')))
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
