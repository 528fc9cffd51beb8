from collections import namedtuple
P = namedtuple('P', ['a', 'b', 'c'])
p = P(1, 2, 3)
print(p + p, p * 2, len(p + (4,)))
print(p[1:], p[::-1], tuple(p), list(p))
a, *rest = p
print(a, rest)
print(max(p), min(p), sum(p), 2 in p)
print(p == P(1, 2, 3), p == (1, 2, 3), p != P(1, 2, 4))
