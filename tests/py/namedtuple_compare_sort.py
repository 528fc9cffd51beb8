from collections import namedtuple
P = namedtuple('P', 'x y')
print(P(1, 2) < P(1, 3), P(2, 0) > (1, 9), (0, 0) < P(0, 1), P(1, 1) <= (1, 1), (2, 2) >= P(2, 3))
print(sorted([P(2, 1), P(1, 5), P(1, 4)]))
print(max(P(1, 2), P(1, 3)))
