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
b = 1073741824
c = -15
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    a = f0(f"<{[c, [1, 2, 3], 66]!r}>", y=f"<{[c, [1, 2, 3], 66]!r}>")
except Exception as e:
    print('exc', type(e).__name__)
try:
    c = (K0(len((~''))) if K1(K0((-a)).v) else [a, d])
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = (K0(K0(a)) + a)
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
