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
a = 31
b = None
c = -20
d = -20
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    w0 = 3
    while w0 > 0:
        w0 -= 1
        w1 = 3
        while w1 > 0:
            w1 -= 1
            w2 = 3
            while w2 > 0:
                w2 -= 1
                w3 = 3
                while w3 > 0:
                    w3 -= 1
                    d |= d
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 3
    while w0 > 0:
        w0 -= 1
        w1 = 3
        while w1 > 0:
            w1 -= 1
            w2 = 6
            while w2 > 0:
                w2 -= 1
                if []:
                    d |= d
                a = a
                c = list(a for a in range(0))
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 3
    while w0 > 0:
        w0 -= 1
        w1 = 3
        while w1 > 0:
            w1 -= 1
            w2 = 3
            while w2 > 0:
                w2 -= 1
                w3 = 3
                while w3 > 0:
                    w3 -= 1
                    d |= d
                w3 = 3
                while w3 > 0:
                    w3 -= 1
                    d //= 3.14159
except Exception as e:
    print('exc', type(e).__name__)
try:
    assert c, 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    class K1(list):
        attr = d
        def __init__(self, v=0):
            self.v = v
        def __getitem__(self, i):
            class K0(list):
                attr = (-(not a))
                def __init__(self, v=0):
                    self.v = v
            for a in {(1, 'two', None): K0(b'bytes').v, b'bytes': (b'bytes' > [1, 2, 3]), b'bytes': (45).index(41)}.items():
                assert '%r' % ((-(f"<{b'bytes'!r}>" & b'bytes'[0:-1])),), 'assert'
            class K0:
                attr = ([a, True] / 0)
                def __init__(self, v=0):
                    self.v = v
            return (f0((b'bytes').count(b'bytes'), y=(b'bytes').count(b'bytes'))).add(a)
        def __eq__(self, o):
            class K1(Exception):
                attr = len(a)
                def __init__(self, v=0):
                    self.v = v
            return True
        def __eq__(self, o):
            a = a
            return True
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
