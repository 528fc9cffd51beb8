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
b = 244
c = 62
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    c = [c for c in len((~(not (70368744177663 - 70368744177663))))]
except Exception as e:
    print('exc', type(e).__name__)
try:
    b &= b
except Exception as e:
    print('exc', type(e).__name__)
try:
    b &= b
except Exception as e:
    print('exc', type(e).__name__)
try:
    b &= b
except Exception as e:
    print('exc', type(e).__name__)
try:
    b &= b
except Exception as e:
    print('exc', type(e).__name__)
try:
    b &= b
except Exception as e:
    print('exc', type(e).__name__)
try:
    b &= b
except Exception as e:
    print('exc', type(e).__name__)
try:
    b &= b
except Exception as e:
    print('exc', type(e).__name__)
try:
    b &= b
except Exception as e:
    print('exc', type(e).__name__)
try:
    b = d
except Exception as e:
    print('exc', type(e).__name__)
try:
    def f1(x):
        z = b
        def inner(q=1):
            nonlocal z
            z = q if z is None else z
            return z
        b &= b
        b &= b
        return b
except Exception as e:
    print('exc', type(e).__name__)
try:
    b &= b
except Exception as e:
    print('exc', type(e).__name__)
try:
    b &= b
except Exception as e:
    print('exc', type(e).__name__)
try:
    b &= b
except Exception as e:
    print('exc', type(e).__name__)
try:
    b &= b
except Exception as e:
    print('exc', type(e).__name__)
try:
    b &= b
except Exception as e:
    print('exc', type(e).__name__)
try:
    b &= b
except Exception as e:
    print('exc', type(e).__name__)
try:
    b &= b
except Exception as e:
    print('exc', type(e).__name__)
try:
    b &= b
except Exception as e:
    print('exc', type(e).__name__)
try:
    b &= b
except Exception as e:
    print('exc', type(e).__name__)
try:
    b &= b
except Exception as e:
    print('exc', type(e).__name__)
try:
    b &= b
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
