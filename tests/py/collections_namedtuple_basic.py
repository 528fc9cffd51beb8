from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p.x, p.y, p[0], p[1], p[-1], len(p))
print(P._fields)
