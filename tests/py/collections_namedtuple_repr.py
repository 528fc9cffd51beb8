from collections import namedtuple
Point = namedtuple('Point', 'x y')
print(Point(1, 'a'))
print(repr(Point(1.5, [1, 2])))
print(str(Point(None, (1,))))
print([Point(0, 0)])
