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
a = 129
b = b'bytes'
c = 140
d = [1, 2, 3]
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if [a for a in gen(2) if ([] ** 3)[list((lambda p, q=1: (p, q))(b'bytes', 1))]]:
        d //= b
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = [a for a in ((-(K0().meth(b) if ({'k': 1, 2: 'v'} ** 2) else {'k': 1, 2: 'v'}[b])) >> sorted(([] ** 1)))]
except Exception as e:
    print('exc', type(e).__name__)
try:
    raise IndexError(False)
except Exception as e:
    print('exc', type(e).__name__)
try:
    class K0(Exception):
        attr = sorted((212 ** 3))
        def __init__(self, v=0):
            self.v = v
        def __len__(self):
            class K0(list):
                attr = ([] ** 1)
                def __init__(self, v=0):
                    self.v = v
                def __hash__(self):
                    raise ValueError((lambda p, q=1: (p, q))((not len(b)), K0(f1(b))))
                    return K0((-[c for c in range(3) if (b / 0)]))
                    return 7
            a = a
            a = a
            return 7
        def __eq__(self, o):
            a = a
            return True
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
