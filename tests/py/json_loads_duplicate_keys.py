import json
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.loads('{"x": [], "y": {}, "x": null}'))
