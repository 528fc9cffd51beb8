class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __repr__(self):
        return 'V%d' % self.v
l = [V(3), V(1), V(2)]
print(sorted(l), min(l), max(l))
print(V(1) < V(2), V(2) > V(1), V(2) >= V(2))
