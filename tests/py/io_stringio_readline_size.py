import io
s = io.StringIO('abcdef\ngh\n')
print(repr(s.readline(3)))
print(repr(s.readline(10)))
print(repr(s.readline(1)))
print(repr(s.readline(-1)))
print(repr(s.readline()))
