from collections import namedtuple
A = namedtuple('A', 'x y')
B = namedtuple('B', 'y x')
a, b = A(1, 2), B(1, 2)
print(a.x, b.x, a == b)
print(A(**b._asdict()))
