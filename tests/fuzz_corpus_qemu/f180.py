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
a = -0.0
b = -4
c = b'bytes'
d = -0.0
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if (~(~(lambda p, q=1: (p, q))((True - [1, 2, 3]), (not (1, 'two', None))))):
        d = [d for d in d]
        if enumerate(a):
            a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = len(a)
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    b[K0().meth(f1([1, 2, 3]))] = ('%r' % ((not [1, 2, 3]),) << (((1e300 <= [1, 2, 3]) * K0().meth('a')) % 64))
except Exception as e:
    print('exc', type(e).__name__)
try:
    assert f0((~f0((b'bytes' * b'bytes'))), y=(~f0((b'bytes' * b'bytes')))), 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    b = [b for b in len(a)]
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
