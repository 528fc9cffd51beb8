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
    if f0('{}'.format((not '{}'.format(b'bytes'))), y='{}'.format((not '{}'.format(b'bytes')))):
        b[len(b'bytes')[1:4]] = b
        class K0:
            attr = f0()
            def __init__(self, v=0):
                self.v = v
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
