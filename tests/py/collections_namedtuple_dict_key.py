from collections import namedtuple
P = namedtuple('P', 'x y')
d = {P(1, 2): 'a', P(3, 4): 'b'}
print(d[P(1, 2)], d[(3, 4)])
s = {P(1, 2), (1, 2), P(2, 1)}
print(len(s))
