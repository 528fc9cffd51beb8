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
    b, d = d, b
except Exception as e:
    print('exc', type(e).__name__)
try:
    c = d
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 3
    while w0 > 0:
        w0 -= 1
        w1 = 3
        while w1 > 0:
            w1 -= 1
            try:
                try:
                    continue
                    a = a
                    break
                except ValueError as e:
                    print('caught', type(e).__name__, e.args)
                    break
                    break
                    break
                try:
                    break
                    break
                    break
                except ValueError as e:
                    print('caught', type(e).__name__, e.args)
                    continue
                    break
                    break
                try:
                    break
                    break
                    break
                except ValueError as e:
                    print('caught', type(e).__name__, e.args)
                    continue
                    print({'k': 1, 2: 'v'})
                    break
            except TypeError as e:
                print('caught', type(e).__name__, e.args)
                w3 = 5
                while w3 > 0:
                    w3 -= 1
                    raise AttributeError({'k': 1, 2: 'v'})
                    print((f2({'k': 1, 2: 'v'}, y={'k': 1, 2: 'v'}) == f1(a, y=a)))
                class K0(list):
                    attr = [1, 2, 3]
                    def __init__(self, v=0):
                        self.v = v
                    def __repr__(self):
                        assert d, 'assert'
                        return 'K'
            finally:
                class K1(Exception):
                    attr = a
                    def __init__(self, v=0):
                        self.v = v
                    def __hash__(self):
                        c[[{'k': 1, 2: 'v'}, 1e300]] = c[-4:-1]
                        c %= (c == (b << ({a: {'k': 1, 2: 'v'} for a in {None: d}.items()} % 64)))
                        return 7
                    def meth(self, x=1):
                        print((not (-[][-3:-2])))
                        print(((((~c) < a) < a)).append(a))
                        a = a
                        return a
                    def __eq__(self, o):
                        a = a
                        return True
                a = a
            a = a
            a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
