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
a = True
b = {'k': 1, 2: 'v'}
c = b'bytes'
d = 3.14159
f0 = None
f1 = None
f2 = None
K0 = None
K1 = None
try:
    b, d = d, b
except Exception as e:
    print('exc', type(e).__name__)
try:
    c = d
except Exception as e:
    print('exc', type(e).__name__)
try:
    w0 = 3
    while w0 > 0:
        w0 -= 1
        w1 = 3
        while w1 > 0:
            w1 -= 1
            try:
                try:
                    break
                    break
                    break
                except ValueError as e:
                    print('caught', type(e).__name__, e.args)
                    break
                    break
                    break
                try:
                    break
                    break
                    break
                except ValueError as e:
                    print('caught', type(e).__name__, e.args)
                    raise StopIteration({b'bytes': {95: a, {'k': 1, 2: 'v'}: a, {'k': 1, 2: 'v'}: a}, {'k': 1, 2: 'v'}: (-a), {'k': 1, 2: 'v'}: {}})
                    break
                    a = (-(-(-(-a))))
                with CM((-(-(-(-a))))) as w:
                    c = (-(-(-(-a))))
            except ValueError as e:
                print('caught', type(e).__name__, e.args)
                with CM((-(-(-(-c))))) as w:
                    b[d] = a
                    break
                    assert (3.14159 | d), 'assert'
            finally:
                w3 = 3
                while w3 > 0:
                    w3 -= 1
                    a[0[0][0[0]]] = 0[0][-1073741825[0]][0[0][0[0]]]
            try:
                d = [d for d in {b'bytes': {280: a, {'k': 1, 2: 'v'}: a}, {'k': 1, 2: 'v'}: (-(-a)), {'k': 1, 2: 'v'}: (-(-a))}]
                with CM((-(~0[{'k': 1, 2: 'v'}][(-a)]))) as w:
                    c = ((a - '%r' % ((-b'bytes'),)) << ((197 / 4) % 64))
                continue
            except KeyError as e:
                print('caught', type(e).__name__, e.args)
                b[K0().meth(f1(b'bytes', y=b'bytes'))] = min((f"<{b'bytes'!r}>" - (-b)))
                for d in []:
                    assert K0().meth(f1('%r' % ((~b'bytes'),), y='%r' % ((~b'bytes'),))), 'assert'
            if f"<{(-(not (-127)))!r}>":
                c = [c for c in (lambda p, q=1: (p, q))(([{'k': 1, 2: 'v'}, 245] / 4), (K0((b'bytes' & 0)) << ((not (b / 0)) % 64)))]
                class K1(list):
                    attr = (((lambda p, q=1: (p, q))(31, d)).insert((0 < 0), 0[0]) << (0[a][0[0]] % 64))
                    def __init__(self, v=0):
                        self.v = v
                try:
                    break
                    break
                    break
                except ValueError as e:
                    print('caught', type(e).__name__, e.args)
                    break
                    break
                    break
except Exception as e:
    print('exc', type(e).__name__)
try:
    print(-(2**100)[1073741824][0[0]][0[0][0[a]]][0[0][c[[1, 2, 3]]][(not 214)]])
except Exception as e:
    print('exc', type(e).__name__)
print(a, b, c, d)
