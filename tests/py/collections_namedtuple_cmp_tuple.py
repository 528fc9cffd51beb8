from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p == (1, 2), (1, 2) == p, p != (1, 3))
print(p < (1, 3), (1, 3) > p, p <= (1, 2), (0, 9) < p)
print(sorted([P(2, 1), P(1, 5), (1, 4)]))
