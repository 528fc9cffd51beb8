import json
v = {'a': [1, 2], 'b': 3}
print(json.dumps(v, separators=(',', ':')))
print(json.dumps(v, separators=(' ,', ' = ')))
print(json.dumps([1, 2, 3], separators=(';', ':')))
