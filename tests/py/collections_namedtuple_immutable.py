from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
try:
    p.x = 5
except AttributeError:
    print('AttributeError')
try:
    p[0] = 5
except TypeError:
    print('TypeError')
print(p)
