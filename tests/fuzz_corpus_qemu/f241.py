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
a = 196
b = (1, 'two', None)
c = (1, 'two', None)
d = b'bytes'
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    b[K0(f0((1, 'two', None)))] = ((K0().meth('a') if (-9).add(-11) else a)).split()
except Exception as e:
    print('exc', type(e).__name__)
try:
    def f0(x):
        d = b
        return K1().meth((enumerate([1, 2, 3]) if ({'k': 1, 2: 'v'} not in a) else K1().meth(58)))
except Exception as e:
    print('exc', type(e).__name__)
try:
    with CM(((~f0())).index((~((b'bytes' if -11 else 'a') * a)))) as w:
        def f0(x):
            d = b
            return K1().meth((enumerate([1, 2, 3]) if ({'k': 1, 2: 'v'} not in a) else K1().meth(58)))
except Exception as e:
    print('exc', type(e).__name__)
try:
    with CM(((~f0((c if {'k': 1, 2: 'v'} else 76)))).insert(f2(K1().meth(len(b)), y=K1().meth(len(b))), f2())) as w:
        class K1(list):
            attr = b
            def __init__(self, v=0):
                self.v = v
            def meth(self, x=1):
                for b in [K0().meth('a')]:
                    with CM(((a not in c)[(~(1, 'two', None))][1:-3]).append(([{'k': 1, 2: 'v'}, a] ** 0))) as w:
                        d = (b).format((((lambda p, q=1: (p, q))(b, [1, 2, 3]) if ({'k': 1, 2: 'v'} <= b'bytes') else f0((1, 'two', None))) + ((76 if c else -13)).count((a & (1, 'two', None)))))
                    global b
                    b = len(([{'k': 1, 2: 'v'}, 83] / 2))
                    class K0:
                        attr = f0((d[-9] // ({'k': 1, 2: 'v'} <= b'bytes')))
                        def __init__(self, v=0):
                            self.v = v
                        def __getitem__(self, i):
                            a, d = d, a
                            raise IndexError((((d).index(-11)).add(len(b)) in a))
                            a //= (((d).index(76)).extend((not (1, 'two', None))) == (lambda p, q=1: (p, q))((c / 1), ((1, 'two', None)).pop()))
                            return (((76 if c else -13)).count(c)).join((((1, 'two', None)).upper() < (c / 1)))
                        def __bool__(self):
                            print(f0())
                            a = a
                            a = a
                            return True
                return a
            def __eq__(self, o):
                a = a
                return True
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
