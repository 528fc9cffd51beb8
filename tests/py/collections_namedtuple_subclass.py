from collections import namedtuple
class V(namedtuple('V', 'x y')):
    def norm1(self):
        return abs(self.x) + abs(self.y)
v = V(3, -4)
print(v.norm1(), v.x, v[1], len(v))
print(isinstance(v, tuple), v == (3, -4))
