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
a = 75
b = -1073741825
c = 'A,b'
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    with CM(d) as w:
        class K0(Exception):
            attr = a
            def __init__(self, v=0):
                self.v = v
            def __eq__(self, o):
                if (~((-(~[1, 2, 3])) in {'k': 1, 2: 'v'})):
                    w3 = 0
                    while w3 > 0:
                        w3 -= 1
                        a = a
                    a = a
                a = a
                a = a
                return True
            def __eq__(self, o):
                a = a
                return True
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
