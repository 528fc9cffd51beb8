from collections import namedtuple
P = namedtuple('P', 'x y z')
print(P(x=1, y=2, z=3))
print(P(1, z=3, y=2))
print(P(1, 2, z=9).z)
