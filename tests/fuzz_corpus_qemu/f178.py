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
c = b'bytes'
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if f1(K0((~(~b'bytes'))), y=K0((~(~b'bytes')))):
        assert 211, 'assert'
        with CM((49).index((((b if False else 69) if (b).count([1, 2, 3]) else (not 2**64)) & repr((not 269))))) as w:
            w2 = 5
            while w2 > 0:
                w2 -= 1
                if ((-({194: 247} if f2(c, y=c) else a)) / 1):
                    print(repr(K0(int((~[1, 2, 3])))))
                else:
                    a = (~(~(~(not (1, 'two', None)))))
                    a = (~(~((176 - 276) >> (d / 4))))
                    a = (~(~(~(not b))))
                a = f0()
                c *= (a if ((b'bytes').append(a) / 0) else a)
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
