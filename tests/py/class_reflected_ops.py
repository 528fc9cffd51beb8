class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return 'add(%r)' % (o,)
    def __radd__(self, o):
        return 'radd(%r)' % (o,)
    def __rsub__(self, o):
        return 'rsub(%r)' % (o,)
    def __rmul__(self, o):
        return 'rmul(%r)' % (o,)
n = N(1)
print(n + 1, 1 + n, 2 - n, 3 * n, 'x' + n)
