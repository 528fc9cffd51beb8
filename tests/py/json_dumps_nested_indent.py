import json
data = {'users': [{'id': 1, 'tags': ['a', 'b']}, {'id': 2, 'tags': []}], 'count': 2}
print(json.dumps(data, indent=3, sort_keys=True))
