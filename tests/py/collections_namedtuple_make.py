from collections import namedtuple
P = namedtuple('P', 'x y')
print(P._make([1, 2]))
print(P._make((3, 4)))
print(P._make(range(2)))
try:
    P._make([1])
except TypeError:
    print('TypeError')
