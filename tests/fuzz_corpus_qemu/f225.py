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
a = 'é'
b = 72
c = b'bytes'
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    if []:
        class K0(Exception):
            attr = len(a)
            def __init__(self, v=0):
                self.v = v
except Exception as e:
    print('exc', type(e).__name__)
try:
    class K0:
        attr = (~((-17 if d else 176) + (103 | c)))
        def __init__(self, v=0):
            self.v = v
        def __eq__(self, o):
            if (~(lambda p, q=1: (p, q))(([c, c] / 0), '{}'.format('{}'.format(c)))):
                print('{}'.format('{}'.format('{}'.format('{}'.format(c)))))
            print('{}'.format('{}'.format('{}'.format('{}'.format(c)))))
            print('{}'.format(['{}'.format(c), '{}'.format(c)]))
            return True
        def __eq__(self, o):
            print('{}'.format('{}'.format('{}'.format('{}'.format(c)))))
            return True
except Exception as e:
    print('exc', type(e).__name__)
try:
    print('{}'.format('{}'.format('{}'.format('{}'.format(c)))))
except Exception as e:
    print('exc', type(e).__name__)
try:
    print('{}'.format('{}'.format('{}'.format('{}'.format(c)))))
except Exception as e:
    print('exc', type(e).__name__)
try:
    print('{}'.format('{}'.format('{}'.format('{}'.format(c)))))
except Exception as e:
    print('exc', type(e).__name__)
try:
    with CM([a, ((-147)).append(a)]) as w:
        a = c
except Exception as e:
    print('exc', type(e).__name__)
try:
    b = [b for b in ((~K0().meth((b'bytes').items()))).upper()]
except Exception as e:
    print('exc', type(e).__name__)
try:
    if [][-2:1]:
        b[(not len(b'bytes'))] = (-(-[a for a in c if [1, 2, 3]]))
except Exception as e:
    print('exc', type(e).__name__)
try:
    b[K0().meth((~180))] = ((-K0().meth(258)) if (K0([1, 2, 3]) if (b == 'a') else (not a)) else K1().meth(len(b)))
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
