import io
s = io.StringIO()
for v in (b'bytes', 1, None, ['x']):
    try:
        s.write(v)
    except TypeError:
        print('TypeError', type(v).__name__)
print(repr(s.getvalue()))
