from collections import namedtuple
P = namedtuple('P', 'a b c d')
p = P(1, 2, 3, 4)
print(p[1:3], p[::2], p[::-1])
print(type(p[:2]) is tuple)
print(p[1:] == (2, 3, 4))
