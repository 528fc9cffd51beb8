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
a = 263
b = [1, 2, 3]
c = 269
d = 58
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    assert f1(b'bytes', y=b'bytes'), 'assert'
except Exception as e:
    print('exc', type(e).__name__)
try:
    if '\n':
        raise TypeError(len(([{'k': 1, 2: 'v'}, a] / 4)))
        def f2():
            b = K0().meth((lambda p, q=1: (p, q))(f0(a, y=a), (b'bytes' | b)[K0().meth('a')]))
            return f0([1, 2, 3], y=[1, 2, 3])
        def f2(x):
            if ([1, 2, 3] / 2):
                raise ValueError((lambda: (-'\n'))())
                def f2():
                    c = [a, ([1, 2, 3] / 2)]
                    return (-'\n')
                if ([1, 2, 3] / 2):
                    b = a
                    raise RuntimeError([1, 2, 3])
                    raise AttributeError((-'a'))
            b[K0().meth(f0())] = {a: c for a in range(3)}
            if a:
                a = a
            return a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
