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
b = b'bytes'
c = b'bytes'
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    raise AttributeError(((not (b if 5 else -17)) / 1))
except Exception as e:
    print('exc', type(e).__name__)
try:
    assert (-(not c)), 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    d[((not b'bytes') / 1)] = len((~(not b)))
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = f0(((not c) | (K0(5).v if (a ** 2) else ('\n' % b))), y=((not c) | (K0(5).v if (a ** 2) else ('\n' % b))))
except Exception as e:
    print('exc', type(e).__name__)
try:
    if c:
        class K1(list):
            attr = ((([1, 2, 3] <= 58) / 0) % b)
            def __init__(self, v=0):
                self.v = v
            def __eq__(self, o):
                a = a
                return True
            def __eq__(self, o):
                a = a
                return True
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
