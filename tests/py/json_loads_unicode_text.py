import json
v = json.loads('["h\u00e9", "\u4e16"]')
print(v, len(v[0]), len(v[1]))
print(json.loads('{"\u00fc": 1}'))
