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
    if f0():
        w1 = 3
        while w1 > 0:
            w1 -= 1
            d = d
    else:
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
        d = [d for d in (not '%r' % ((~'%r' % ([1, 2, 3],)),))]
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = (2.5e-8 / 4)
except Exception as e:
    print('exc', type(e).__name__)
try:
    assert (~(-K0(f0()))), 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 3
    while w0 > 0:
        w0 -= 1
        d = d
except Exception as e:
    print('exc', type(e).__name__)
try:
    d, a = a, d
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
    d = [d for d in (not '%r' % ((~'%r' % ([1, 2, 3],)),))]
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = (2.5e-8 / 4)
except Exception as e:
    print('exc', type(e).__name__)
try:
    assert (-((~d) if (~(c == b'bytes')) else d)), 'assert'
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
        w1 = 6
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
                c = [c for c in (~(c == (~(~d))))]
                w3 = 3
                while w3 > 0:
                    w3 -= 1
                    d |= d
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
                w3 = 3
                while w3 > 0:
                    w3 -= 1
                    d |= d
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
