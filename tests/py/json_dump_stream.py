import json, io
s = io.StringIO()
json.dump({'a': [1, 2, None]}, s)
print(s.getvalue())
s = io.StringIO()
json.dump([1, 2], s, separators=(',', ':'))
json.dump('x', s)
print(s.getvalue())
