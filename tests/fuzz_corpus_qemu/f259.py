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
a = 208
b = None
c = 81
d = 31
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    w0 = 1
    while w0 > 0:
        w0 -= 1
        d = ((d << (d % 64))).insert(c, f0())
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
                    d //= d
except Exception as e:
    print('exc', type(e).__name__)
try:
    for a in d:
        if (len((~-20))[-4:-4] + a):
            a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = ((-(~[1, 2, 3])) in [[], {'k': 1, 2: 'v'}])
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = [a for a in a]
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
