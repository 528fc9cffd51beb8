from collections import namedtuple
P = namedtuple('P', 'a b c')
p = P(1, 2, 3)
print(list(p), tuple(p), sum(p))
for v in p:
    print(v)
print(2 in p, 7 in p)
