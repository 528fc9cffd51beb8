# iteration and exception runtime errors: not iterable, not an iterator, size changes
for f in [lambda: iter(5), lambda: next([1]), lambda: list(None),
          lambda: next(5), lambda: sorted(7)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as e:
    print(e)
try:
    try:
        raise ValueError('x')
    except int:
        print('no')
except TypeError as e:
    print(e)
e = ValueError('v')
e.__cause__ = KeyError('k')
print(type(e.__cause__).__name__, e.__context__)
e.__context__ = None
e.__cause__ = None
print(e.__cause__, e.__context__)
try:
    e.__cause__ = 5
except TypeError as x:
    print(x)
class S:
    def __str__(self):
        return 5
    def __repr__(self):
        return None
for f in [lambda: str(S()), lambda: repr(S()), lambda: '%s' % S()]:
    try:
        print(f())
    except TypeError as x:
        print(x)
print(repr(NotImplemented), repr(len), str(print), repr(Ellipsis))
