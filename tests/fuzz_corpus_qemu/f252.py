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
                    break
                    break
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
                    break
                    break
                    break
                try:
                    break
                    break
                    break
                except ValueError as e:
                    print('caught', type(e).__name__, e.args)
                    break
                    break
                    break
            except ValueError as e:
                print('caught', type(e).__name__, e.args)
                try:
                    break
                    break
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
                    break
                    break
                    break
                try:
                    break
                    break
                    break
                except ValueError as e:
                    print('caught', type(e).__name__, e.args)
                    break
                    break
                    break
            try:
                try:
                    break
                    break
                    break
                except ValueError as e:
                    print('caught', type(e).__name__, e.args)
                    continue
                    raise RuntimeError((-[d, {'k': 1, 2: 'v'}, [1, 2, 3]][4:-2]))
                    raise RuntimeError((-[][-3:-2]))
                class K0:
                    attr = (~(len(a)).append(a))
                    def __init__(self, v=0):
                        self.v = v
                a = a
            except ValueError as e:
                print('caught', type(e).__name__, e.args)
                a = a
            a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
