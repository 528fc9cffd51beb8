from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
try:
    p.z
except AttributeError:
    print('AttributeError')
print(hasattr(p, 'x'), hasattr(p, 'z'))
print(getattr(p, 'y'), getattr(p, 'w', 'default'))
