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
a = 0
b = b'bytes'
c = b'bytes'
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if (~(-(~c))):
        if b:
            try:
                a = [a for a in ([a for a in 'é' if {}] if (-(b).upper()[-3:1]) else K0().meth((lambda p, q=1: (p, q))((c / 1), a)))]
                a = ((((b'bytes').upper()).insert(f0((1, 'two', None)), (lambda p, q=1: (p, q))(b, [1, 2, 3])) % ([{'k': 1, 2: 'v'}, float('inf'), b'bytes']).extend((not 197))) >> K1(K0({})))
            except ValueError as e:
                print('caught', type(e).__name__, e.args)
                a = a
        a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
