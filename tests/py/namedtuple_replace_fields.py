def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p._replace(x=5), p._replace(y=0, x=0), p)
print(P._fields, p._fields)
print(P._make([3, 4]), P._make((5, 6)).y)
t(lambda: p._replace(z=1))
t(lambda: P._make([1]))
