from collections import namedtuple
P = namedtuple('P', 'a b c')
p = P(1, 2, 1)
print(p.count(1), p.index(2), p.index(1))
try:
    p.index(9)
except ValueError:
    print('ValueError')
