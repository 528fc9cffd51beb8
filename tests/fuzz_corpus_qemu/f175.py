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
b = 1073741823
c = (1, 'two', None)
d = 1.5
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    b = [b for b in d]
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (str(d)[0:-3] << ((-str(156)[4:-2]) % 64)):
        if b:
            a = (~(not a))
    else:
        class K1(K0):
            attr = (~(~(-20 < a)))
            def __init__(self, v=0):
                self.v = v
            def __add__(self, o):
                return (-len((~156))[-4:-4])
                raise RuntimeError(a)
                a = a
                return a
            def __eq__(self, o):
                a = a
                return True
        a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
