import json
d = {'b': 1, 'a': 2, 'c': {'z': 0, 'y': 1}}
print(json.dumps(d, sort_keys=True))
print(json.dumps(d))
print(json.dumps(d, sort_keys=True, indent=1))
