import json
v = {'a': [1, 2], 'b': {}, 'c': [], 'd': {'e': None}}
print(json.dumps(v, indent=2))
print(json.dumps([1, [2]], indent=0))
print(json.dumps([], indent=4))
