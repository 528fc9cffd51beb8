import json
print(json.dumps({}))
print(json.dumps({'a': 1, 'b': [True, False], 'c': {'d': None}}))
d = {}
d['z'] = 1
d['a'] = 2
print(json.dumps(d))
