import io
s = io.StringIO()
print('a', 1, 2.5, None, file=s)
print('x', 'y', sep='-', end='|', file=s)
print(file=s)
print([1, 'two'], {'k': (3,)}, file=s)
print(repr(s.getvalue()))
