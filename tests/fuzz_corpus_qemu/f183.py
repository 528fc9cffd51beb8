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
a = -20
b = -1073741825
c = -11
d = 41
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    b[(~len(b))] = K0(f0(d)).v
except Exception as e:
    print('exc', type(e).__name__)
try:
    d = [d for d in {b'bytes': {False: False, False: False, False: False}, False: ((False if False else False) if (False if False else False) else (b'bytes' if True else b'bytes')), b'bytes': f1({b'bytes': b'bytes', b'bytes': b'bytes', b'bytes': b'bytes'})}]
except Exception as e:
    print('exc', type(e).__name__)
try:
    d = [d for d in {b'bytes': {5: False, (1, 'two', None): None, [1, 2, 3]: 2.5e-8}, b'bytes': b, b'bytes': (not (not False))}]
except Exception as e:
    print('exc', type(e).__name__)
try:
    if f2():
        with CM((([a for a in gen(1) if f2()] if (f"<{[1, 2, 3]!r}>").index((b == a)) else ((not c)).add(len(b)))).upper()) as w:
            a = a
        a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
