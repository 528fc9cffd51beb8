import json
print(json.dumps([float('inf'), float('-inf')]))
s = json.dumps(float('nan'))
print(s)
print(json.loads('[NaN, Infinity, -Infinity]')[1:])
