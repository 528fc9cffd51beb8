import io
s = io.StringIO('abc\ndef\n')
print(repr(s.read()))
print(repr(s.read()))
s = io.StringIO('xyz')
print(repr(s.read(1)), repr(s.read(5)), repr(s.read(1)))
