a = frozenset([1, 2])
b = frozenset([2, 1])
d = {a: 'x'}
print(d[b], hash(a) == hash(b))
s = {a, b}
print(len(s))
