import io
s = io.StringIO('abc')
try:
    s.seek(-1)
except ValueError:
    print('ValueError')
print(s.tell(), s.read())
