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
b = 270
c = b'bytes'
d = [1, 2, 3]
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if K1(repr(((c == True) / 2))).v:
        if b:
            print(((b == []) if (a ** 4) else b'bytes'))
            if b'bytes':
                if b'bytes':
                    print(b'bytes')
                    print(b'bytes')
                    print(b'bytes')
                if b'bytes':
                    print(b'bytes')
                    print(b'bytes')
                    print(b'bytes')
                if b'bytes':
                    print(b'bytes')
                    print(b'bytes')
                    print(b'bytes')
except Exception as e:
    print('exc', type(e).__name__)
try:
    if b'bytes':
        if b'bytes':
            if b'bytes':
                if b'bytes':
                    print(b'bytes')
                    print(b'bytes')
                    print(b'bytes')
                b[(b'bytes'[-1:3]).index((not a))] = b
                a = [a for a in ((b == []) if (a ** 4) else b'bytes')]
            if b'bytes':
                if b'bytes':
                    print(b'bytes')
                    print(b'bytes')
                    print(4)
                else:
                    a &= list({b'bytes': a, -20: a, -20: a})
                a = a
                a = a
            a = a
        a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
