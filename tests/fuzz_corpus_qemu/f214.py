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
b = -1
c = ''
d = 252
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if f0('{}'.format(a)):
        if b'bytes':
            if b'bytes':
                if b'bytes':
                    c, c = c, c
                    c, c = c, c
                if b'bytes':
                    c, c = c, c
                    c, c = c, c
            if b'bytes':
                if b'bytes':
                    c, c = c, c
                    c, c = c, c
                if b'bytes':
                    c, c = c, c
                    c, c = c, c
        if b'bytes':
            if 235:
                a = f0((c).get(d), y=(c).get(d))
            def f0():
                class K1(K0):
                    attr = (a).keys()
                    def __init__(self, v=0):
                        self.v = v
                class K0:
                    attr = ((-d)).insert(d, d)
                    def __init__(self, v=0):
                        self.v = v
                    def __getitem__(self, i):
                        d |= a
                        return 200
                    def __iter__(self):
                        raise RuntimeError(((not ('a' if a else b'bytes')) << ((~('a' if a else b'bytes')) % 64)))
                        raise ValueError((~(lambda p, q=1: (p, q))((c ** 1), b)))
                        print((K1(K0(a)) + a))
                        return iter([1, 2])
                    def __eq__(self, o):
                        a = a
                        return True
                return a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
