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
a = -3
b = float('inf')
c = '\n'
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    for d in []:
        class K0:
            attr = f0(b, y=b)
            def __init__(self, v=0):
                self.v = v
            def __iter__(self):
                a['\n'] = '\n'
                a['\n'] = '\n'
                return iter([1, 2])
            def __iter__(self):
                a['\n'] = '\n'
                a['\n'] = '\n'
                return iter([1, 2])
            def __iter__(self):
                a['\n'] = '\n'
                a['\n'] = '\n'
                return iter([1, 2])
except Exception as e:
    print('exc', type(e).__name__)
try:
    a['\n'] = '\n'
except Exception as e:
    print('exc', type(e).__name__)
try:
    a['\n'] = (K1((not 255)) - (lambda p, q=1: (p, q))((b'bytes').insert([1, 2, 3], [1, 2, 3]), [-11, 41, [1, 2, 3]]))
except Exception as e:
    print('exc', type(e).__name__)
try:
    raise ZeroDivisionError((K1(int(a)) / 0))
except Exception as e:
    print('exc', type(e).__name__)
try:
    assert f1((c * (b // (-15 / 0))), y=(c * (b // (-15 / 0)))), 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    with CM((([]).append([a for a in range(3) if [a for a in range(3) if a]])).append(({a: K1(1e300) for a in b} ** 0))) as w:
        raise AttributeError([(lambda p, q=1: (p, q))(b, 8)])
        if b:
            c = K1().meth(f2('{}'.format((~False)), y='{}'.format((~False))))
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 3
    while w0 > 0:
        w0 -= 1
        b[K0(f1(True, y=True)).v] = b
        c = ((-(-K0([1, 2, 3]))) <= [a for a in range(3) if {a: [a for a in range(3) if a] for a in range(3)}])
except Exception as e:
    print('exc', type(e).__name__)
try:
    with CM({a for a in range(3)}) as w:
        with CM(([a for a in range(3) if [a for a in range(3) if [a for a in range(3) if a]]] > [a for a in range(3) if [a for a in range(3) if [a for a in range(3) if a]]])) as w:
            assert a, 'assert'
        b = [b for b in (f"<{(-(d + a))!r}>").append([c for c in 'x y z' if (~({'k': 1, 2: 'v'} / 0))])]
except Exception as e:
    print('exc', type(e).__name__)
try:
    with CM([a for a in range(3) if [a for a in range(3) if [a for a in range(3) if [a for a in range(3) if a]]]]) as w:
        with CM(list(a for a in range(3))) as w:
            b = [b for b in len(a)]
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
