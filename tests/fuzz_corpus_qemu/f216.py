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
a = 24
b = 'A,b'
c = 1073741824
d = 1073741824
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    d //= (((1073741824).add(1073741824)).add((1073741824).upper())).items()
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(f1((d).insert((a & (1073741824).add(1073741824)), ((1073741824).add(1073741824)).add((1073741824).add(1073741824)))))
except Exception as e:
    print('exc', type(e).__name__)
try:
    d //= (((1073741824).add(1073741824)).add(list(b for b in d))).add(((1073741824).add(1073741824)).add((1073741824).add(1073741824)))
except Exception as e:
    print('exc', type(e).__name__)
try:
    d //= (((1073741824).add(1073741824)).add((1073741824).add(c))).index(d)
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
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 1
    while w0 > 0:
        w0 -= 1
        a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = set(d)
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
