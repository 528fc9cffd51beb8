def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
t(lambda: p + (3,))
t(lambda: (0,) + p)
t(lambda: p + p)
t(lambda: p * 2)
t(lambda: 2 * p)
t(lambda: p * 0)
t(lambda: type(p + p).__name__)
t(lambda: p + [1])
