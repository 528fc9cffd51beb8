from collections import namedtuple
P = namedtuple('P', 'x y')
print(P(1, 2) == (1, 2), (1, 2) == P(1, 2))
print(P(1, 2) == P(1, 2), P(1, 2) != P(2, 1))
print(P(1, 2) == [1, 2])
print(hash(P(1, 2)) == hash((1, 2)))
