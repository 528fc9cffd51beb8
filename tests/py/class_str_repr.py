class P:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'P(%r)' % self.v
class Q(P):
    def __str__(self):
        return 'Q with ' + str(self.v)
print(P(1), str(P('a')), repr(P('a')))
print(Q(2), repr(Q(2)), [Q(3)], f'{Q(4)}', f'{Q(4)!r}')
