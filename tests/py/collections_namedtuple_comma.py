from collections import namedtuple
P = namedtuple('P', 'a, b,c')
print(P._fields)
print(P(1, 2, 3))
Q = namedtuple('Q', '  a   b  ')
print(Q._fields)
