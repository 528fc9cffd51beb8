import json
print(json.dumps([0.5, 1.0, -2.0, 100.0, 0.125]))
print(json.dumps({'x': 1.5, 'y': [2.75]}))
