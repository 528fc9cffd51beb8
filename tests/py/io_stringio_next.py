import io
s = io.StringIO('a\nb\n')
it = iter(s)
print(it is s)
print(repr(next(it)), repr(next(it)))
try:
    next(it)
except StopIteration:
    print('StopIteration')
