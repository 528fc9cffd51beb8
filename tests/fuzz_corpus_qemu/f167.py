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
a = '{}'
b = 1e300
c = {'k': 1, 2: 'v'}
d = [1, 2, 3]
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    w0 = 1
    while w0 > 0:
        w0 -= 1
        if ((f1((269 if a else b)) if ((249).add(False)).items() else ((not 269) >= (not b'bytes'))) | ({194: 247} if ((not [1, 2, 3]) / 0) else a)):
            print(((-b)).extend((~(~(~'a')))))
        assert f0(), 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    c *= (a if ((b'bytes').append(a) / 0) else a)
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
