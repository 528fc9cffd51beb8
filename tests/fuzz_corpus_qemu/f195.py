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
a = b'bytes'
b = 244
c = 62
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    c = [c for c in len((~(not (54 - 1073741824))))]
except Exception as e:
    print('exc', type(e).__name__)
try:
    if (b).append((lambda p, q=1: (p, q))((~(False == c)), ((lambda p, q=1: (p, q))(48, b'bytes') == (None == 'a')))):
        assert f0(), 'assert'
        if (~(~((d - 266) % f0(b'bytes', y=b'bytes')))):
            print((~(f1((not (1, 'two', None)), y=(not (1, 'two', None))) == (lambda p, q=1: (p, q))((c / 1), (b'bytes').upper()))))
            if (lambda p, q=1: (p, q))([a for a in b if (not [c for c in [[c for c in [[c for c in [[c for c in [[c for c in [[c for c in [[c for c in [[c for c in [[c for c in [[c for c in [[c for c in [[c for c in [[c for c in [[c for c in [[c for c in [[c for c in [[c for c in [[c for c in [{c: 244 for c in [(-[1, 2, 3]), c]}, len(a)] if a], a] if a], a] if a], a] if a], a] if a], a] if a], a] if a], a] if a], a] if a], a] if a], a] if a], a] if a], a] if a], a] if a], a] if a], a] if a], a] if a], a] if a])], a):
                a = a
            a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
