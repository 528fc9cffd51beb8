import json
print(json.dumps([1, 2, 3]))
print(json.dumps((1, 'a', None)))
print(json.dumps([]))
print(json.dumps([[], [[]], [1, [2, [3]]]]))
