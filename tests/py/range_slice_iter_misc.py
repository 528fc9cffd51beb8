# range.count/index, slice.indices, __index__ in slices, property getter/deleter, reversed
r = range(0, 20, 3)
print(r.count(9), r.count(10), r.index(12), range(5, 0, -1).index(2), r.count('x'))
for v in [10, 'x', 30]:
    try:
        print(r.index(v))
    except ValueError as e:
        print('ValueError', e)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
for f in [lambda: slice(1, 2).indices(-1), lambda: slice(0, 1, 0).indices(3), lambda: [1, 2][::0]]:
    try:
        print(f())
    except ValueError as e:
        print('ValueError', e)
class Ix:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([0, 1, 2, 3, 4][Ix(1):Ix(4):Ix(2)], 'abcdef'[Ix(-2):], [9, 8][Ix(1)], 'abc'[:2 ** 100])
print('abc'[-(2 ** 100):], list(range(10))[2 ** 70:], [1, 2, 3][:-(2 ** 80)])
class P:
    def _g(self):
        return 1
    x = property(_g)
    y = x.getter(lambda self: 2)
    z = x.deleter(lambda self: print('del'))
p = P()
print(p.x, p.y, p.z)
del p.z
print(P.x.fget is P._g, P.x.fset, P.z.fdel is not None)
print(list(reversed({1: 2, 3: 4})), list(reversed(range(3))), list(reversed('ab')))
for f in [lambda: reversed(5), lambda: reversed({1, 2}), lambda: enumerate(), lambda: reversed()]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError')
it = iter([5, 6])
print(it.__next__(), next(it), iter(it) is it)
