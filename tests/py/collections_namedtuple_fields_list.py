from collections import namedtuple
R = namedtuple('R', ['a', 'b', 'c'])
r = R(1, 2, 3)
print(r, r.a + r.b + r.c)
T = namedtuple('T', ('u', 'v'))
print(T(4, 5).v, T._fields)
