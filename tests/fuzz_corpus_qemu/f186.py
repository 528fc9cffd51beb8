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
a = {'k': 1, 2: 'v'}
b = 119
c = True
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    for a in [(~b'bytes'), (1073741823 not in [1, 2, 3])]:
        for b in range(5):
            with CM(b) as w:
                try:
                    c |= (~(~(~b'bytes')))
                    assert (~c), 'assert'
                    print((~reversed((not (not b)))))
                except StopIteration as e:
                    print('caught', type(e).__name__, e.args)
                    raise StopIteration((((lambda: [1, 2, 3])()).split() >> len((c / 1))))
                    d = [1, 2, 3]
                    raise StopIteration(False)
            print([K0(f2(b'bytes')).v])
            for a in [K0([1, 2, 3])]:
                class K1(K0):
                    attr = ((({'k': 1, 2: 'v'}).extend(a) / 1) >> K0(a))
                    def __init__(self, v=0):
                        self.v = v
        a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
