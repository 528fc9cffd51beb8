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
a = 'a'
b = b'bytes'
c = 262
d = [1, 2, 3]
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    b = [b for b in a]
except Exception as e:
    print('exc', type(e).__name__)
try:
    if int(((-(-b'bytes')) ** 0)):
        a[(-(b).index([1, 2, 3]))] = [sorted(249), (c).keys()]
        assert ((((c | c) | (c | c)) | ((c | c) | (c // [1, 2, 3]))) % (K1(-1073741825)).upper()), 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    try:
        try:
            try:
                try:
                    c = -1073741825
                except KeyError as e:
                    print('caught', type(e).__name__, e.args)
                    c = -1073741825
            except AttributeError as e:
                print('caught', type(e).__name__, e.args)
                a = [a for a in (~a)]
            finally:
                if (~(not (K0(b'bytes').v << ([1, 2, 3][3:-1] % 64)))):
                    print([])
                else:
                    b //= len(a)
                    a = a
                a = a
        except ValueError as e:
            print('caught', type(e).__name__, e.args)
            a = a
    except ValueError as e:
        print('caught', type(e).__name__, e.args)
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
