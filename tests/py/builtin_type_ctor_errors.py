# constructor argument errors for builtin types: type, range, slice, object, super
for f in [lambda: type(), lambda: type(1, 2), lambda: range(), lambda: range(1, 2, 3, 4),
          lambda: slice(), lambda: range(1, 2, 0), lambda: range(1.5),
          lambda: int.__new__(5), lambda: object.__new__(5), lambda: type(len)(),
          lambda: getattr(1, 2), lambda: setattr(object(), 'x', 1), lambda: delattr(1, 5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
print(type(5) is int, type('a', (), {'x': 1})().x, type('B', (object,), {}).__name__)
print(slice(3), slice(1, 2), slice(1, 2, 3), range(5)[::2], range(2, 9)[1:3])
class P:
    def __init__(self):
        self.v = 1
o = object.__new__(P)
print(type(o).__name__, hasattr(o, 'v'), isinstance(object.__new__(object), object))
e = ValueError('x')
print(type(e).__name__, e.args)
class Q(P):
    def __init__(self):
        super().__init__()
        self.w = 2
q = Q()
print(q.v, q.w)
try:
    super(Q, q).nope
except AttributeError as x:
    print('AttributeError', x)
