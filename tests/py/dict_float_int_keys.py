d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d)
d[2.5] = 'x'
print(d[2.5], len(d))
