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
a = (1, 'two', None)
b = 58
c = 117
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    d = [d for d in (lambda p, q=1: (p, q))((lambda p, q=1: (p, q))((lambda p, q=1: (p, q))((lambda p, q=1: (p, q))(b'bytes', b'bytes'), (lambda p, q=1: (p, q))(b'bytes', b'bytes')), (lambda p, q=1: (p, q))((lambda p, q=1: (p, q))(b'bytes', b'bytes'), a)), a)]
except Exception as e:
    print('exc', type(e).__name__)
try:
    a = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    d = [d for d in (lambda p, q=1: (p, q))((lambda p, q=1: (p, q))((lambda p, q=1: (p, q))((lambda p, q=1: (p, q))(b'bytes', b'bytes'), (lambda p, q=1: (p, q))(b'bytes', b'bytes')), (lambda p, q=1: (p, q))(a, b'bytes')), {})]
except Exception as e:
    print('exc', type(e).__name__)
try:
    if ((-(lambda p, q=1: (p, q))(K0().meth('a'), (not None))) % (-(-b'bytes'[-20]))):
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
    b = '%r' % ((~(not (-b'bytes'))),)
except Exception as e:
    print('exc', type(e).__name__)
try:
    c = [a, 'abc']
except Exception as e:
    print('exc', type(e).__name__)
try:
    a, c = c, a
except Exception as e:
    print('exc', type(e).__name__)
try:
    with CM((not K0((lambda p, q=1: (p, q))((a ** 0), a[-2:1])).v)) as w:
        def f2(x):
            a = (~(~(-(-a))))
            b = (not list(a for a in range(4)))
            return {a: (~(~b'bytes')) for a in c}
        class K0(Exception):
            attr = repr(f1())
            def __init__(self, v=0):
                self.v = v
            def __hash__(self):
                print(([a, (b'bytes').append(-0.0)] / 3))
                global a
                a = (((-(1, 'two', None))).append((c / 1))).add('{}'.format((~b'bytes')))
                return 7
            def __eq__(self, o):
                a = a
                return True
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
