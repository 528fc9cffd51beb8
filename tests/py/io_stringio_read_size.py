import io
s = io.StringIO('0123456789')
print(s.read(3))
print(s.read(0) == '')
print(s.read(-1))
s.seek(0)
print(s.read(None))
