class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @classmethod
    def origin(cls):
        return cls(0, 0)
class P3(Point):
    pass
p = P3.origin()
print(type(p).__name__, p.x, p.y)
