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
a = 75
b = 1073741823
c = 31
d = 31
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    w0 = 1
    while w0 > 0:
        w0 -= 1
        d = (((a // b'bytes'[1:1]) << (((-{'k': 1, 2: 'v'}) > [a for a in [([1, 2, 3] % a)] if a]) % 64))).upper()
        print(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    class K0:
        attr = a
        def __init__(self, v=0):
            self.v = v
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
