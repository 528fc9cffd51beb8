from collections import namedtuple
P = namedtuple('P', 'x y')
a, b = P(1, 2)
print(a, b)
x, *rest = P(5, 6)
print(x, rest)
def f(u, v):
    return u - v
print(f(*P(10, 3)))
