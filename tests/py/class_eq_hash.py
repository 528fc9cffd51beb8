class K:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, K) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
a, b = K(1), K(1)
print(a == b, a != b, a is b, a == 1)
s = {a, b, K(2)}
print(len(s))
d = {a: 'x'}
print(d[K(1)])
