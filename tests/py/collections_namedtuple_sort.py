from collections import namedtuple
P = namedtuple('P', 'x y')
ps = [P(2, 1), P(1, 5), P(1, 2)]
print(sorted(ps))
print(max(ps), min(ps))
print(P(1, 2) < P(1, 3))
