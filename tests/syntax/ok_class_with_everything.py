class Point(Base):
    """A point."""
    count = 0
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
        Point.count += 1
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    @classmethod
    def origin(cls):
        return cls()
    @staticmethod
    def dist(a, b):
        return ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5
    @property
    def norm(self):
        return self.dist(self, Point.origin())
