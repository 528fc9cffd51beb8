from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
q = p._replace(y=5)
print(p, q)
print(p._replace())
print(p._replace(x=0, y=0))
try:
    p._replace(z=1)
except ValueError:
    print('ValueError')
