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
a = 208
b = 208
c = b'bytes'
d = -5
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    print(bool((('{}'.format([1, 2, 3])).split() if f2({True: [1, 2, 3]}) else b)))
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, 'a'] / 0), '\n'):
        a['\n'] = '\n'
        a['\n'] = '\n'
except Exception as e:
    print('exc', type(e).__name__)
try:
    a['\n'] = '\n'
except Exception as e:
    print('exc', type(e).__name__)
try:
    a[f1(d, y=d)] = a
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, 'a'] / 0), f1(f1(), y=f1())):
        for b in []:
            a = a
        a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
