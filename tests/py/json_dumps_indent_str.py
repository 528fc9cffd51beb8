import json
print(json.dumps({'k': [1, 'x']}, indent='\t'))
print(json.dumps([1, 2], indent='--'))
print(json.dumps({'a': 1}, indent=1, separators=(',', ': ')))
