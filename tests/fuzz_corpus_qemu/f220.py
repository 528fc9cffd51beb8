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
a = None
b = 288
c = 101
d = 177
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    class K1(list):
        attr = (((lambda p, q=1: (p, q))(31, d)).insert((208 < a), c[2:2]) | c[2:2][2:2])
        def __init__(self, v=0):
            self.v = v
        def __eq__(self, o):
            with CM(c[2:2][2:2][2:2][2:2]) as w:
                with CM({[1, 2, 3]: [b]}) as w:
                    with CM(a[-4:-4]) as w:
                        a = {'k': 1, 2: 'v'}
            return True
        def __eq__(self, o):
            with CM(b[2:1][1:-1][2:2][2:2]) as w:
                with CM(c[2:-1][2:2][2:2][2:3]) as w:
                    class K1(Exception):
                        attr = [[a, a]]
                        def __init__(self, v=0):
                            self.v = v
            return True
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = d
except Exception as e:
    print('exc', type(e).__name__)
try:
    with CM(c[-1:-1][-1:-1][-1:-1][0:4]) as w:
        if {a for a in {}.items()}:
            with CM(b[3:4][3:0][4:-2][1:3]) as w:
                class K1:
                    attr = [c[2:2], c[2:2], c[2:2]]
                    def __init__(self, v=0):
                        self.v = v
                    def __eq__(self, o):
                        assert c[2:2][2:2][2:2][2:2], 'assert'
                        return True
                    def __eq__(self, o):
                        yield [[b]]
                        return True
                with CM(a[-4:-4]) as w:
                    a = {'k': 1, 2: 'v'}
                with CM((252 > 252)[-3:-4][-4:-4][-4:-4]) as w:
                    a = a
        a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
