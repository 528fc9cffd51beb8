from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print(isinstance(p, tuple), isinstance(p, P), isinstance((1, 2), P))
print(type(p) is P, P.__name__)
print(issubclass(P, tuple))
