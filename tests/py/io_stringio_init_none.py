import io
s = io.StringIO(None)
print(repr(s.getvalue()))
s.write('x')
print(s.getvalue())
try:
    io.StringIO(b'bytes')
except TypeError:
    print('TypeError')
