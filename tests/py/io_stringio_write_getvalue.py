import io
s = io.StringIO()
print(s.write('hello'))
print(s.write(' world'))
print(s.getvalue())
print(s.write(''))
print(repr(s.getvalue()))
