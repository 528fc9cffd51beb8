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
a = [1, 2, 3]
b = [1, 2, 3]
c = [1, 2, 3]
d = 205
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    class K1(Exception):
        attr = {b: {b: {b: [1, 2, 3] for b in b} for b in b} for b in b}
        def __init__(self, v=0):
            self.v = v
        def __len__(self):
            class K1(Exception):
                attr = list(a for a in gen(1))
                def __init__(self, v=0):
                    self.v = v
            return 7
except Exception as e:
    print('exc', type(e).__name__)
try:
    c[K1((-a)).v] = d
except Exception as e:
    print('exc', type(e).__name__)
try:
    if {c: len((~258))[1:-2] for c in 'é'}:
        a = [a for a in b]
except Exception as e:
    print('exc', type(e).__name__)
try:
    try:
        try:
            if (~(~(~(not b)))):
                for a in b:
                    c //= len((~(~b'bytes')))
            try:
                a[list(a for a in {b'bytes': b, 1.5: d}.items())] = len((~b'bytes'))[1:1]
            except ValueError as e:
                print('caught', type(e).__name__, e.args)
                if (~([a] << (bool((46 if b'bytes' else d)) % 64))):
                    a, c = c, a
                    b, a = a, b
                b[(not 187)] = [c for c in 'é' if f2((~b'bytes'), y=(~b'bytes'))]
                print(([a, (-'\n')] ** 2))
        except RuntimeError as e:
            print('caught', type(e).__name__, e.args)
            with CM(73) as w:
                raise IndexError((-((~b'bytes') / 2)))
                if (not (-(~(d % 124)))):
                    c[(~(~b'bytes'))] = (~([a] << (b % 64)))
                    c = c
                    a = (~(~(~(-c))))
        with CM({c for c in gen(5)}) as w:
            b = [b for b in (c == (~(~(~b'bytes'))))]
            if (~(not [a])):
                b[(not (245 << ({'k': 1, 2: 'v'} % 64)))] = ((~f1()) / 4)
                c = [c for c in 1.5]
                a = [a for a in K0(a).v]
        with CM(((~f1()) ** 1)) as w:
            assert f"<{(not [c for c in 'é' if f0(245, y=245)])!r}>", 'assert'
            b[(not (196 // (1, 'two', None)))] = hex((not (-b)))
    except StopIteration as e:
        print('caught', type(e).__name__, e.args)
        class K0:
            attr = c
            def __init__(self, v=0):
                self.v = v
            def __hash__(self):
                return ((b ^ f2()) ^ (K0((lambda p, q=1: (p, q))('a', [1, 2, 3])).v).format(K0((lambda p, q=1: (p, q))(b, [1, 2, 3])).v))
                global b
                b = len(([{'k': 1, 2: 'v'}, b] / 1))
                return 7
            def __hash__(self):
                assert f2(d), 'assert'
                d = [d for d in b'bytes']
                return 7
        for a in 'x y z':
            with CM('{}') as w:
                if (lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, (1, 'two', None)] / 0), ([{'k': 1, 2: 'v'}, 255] / 0)):
                    continue
                    break
                else:
                    break
                class K0(Exception):
                    attr = (K0().meth([1, 2, 3])).index(f2('a', y='a'))[K0((lambda p, q=1: (p, q))(b, [1, 2, 3])).v]
                    def __init__(self, v=0):
                        self.v = v
                class K1:
                    attr = f2(d, y=d)
                    def __init__(self, v=0):
                        self.v = v
            with CM(f2(K1(K0(c)))) as w:
                if ((([a for a in 'a' if -2]).append('{}'.format([1, 2, 3])) | d) & (not (not sum(b'bytes')))):
                    a = a
                a = a
                a = a
            a = a
        a = a
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
