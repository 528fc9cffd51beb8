import io
with io.StringIO() as s:
    s.write('inside')
    print(s.getvalue())
    print(s.closed)
print(s.closed)
try:
    s.getvalue()
except ValueError:
    print('ValueError')
