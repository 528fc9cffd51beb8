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
a = True
b = {'k': 1, 2: 'v'}
c = b'bytes'
d = 3.14159
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if 3.14159:
        w1 = 4
        while w1 > 0:
            w1 -= 1
            break
            d = [d for d in d]
        b, d = d, b
        assert (~[a for a in {}.items() if [[1, 2, 3]]]), 'assert'
    else:
        for b in gen(3):
            for d in {-20: a, -20: a, -20: a}.items():
                a = a
            a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
