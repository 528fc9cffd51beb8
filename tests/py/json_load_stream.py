import json, io
s = io.StringIO('{"items": [1, 2, 3], "ok": true}')
v = json.load(s)
print(v['items'], v['ok'])
print(json.load(io.BytesIO(b'[null]')))
