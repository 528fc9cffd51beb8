import json
print(json.loads(b'{"a": [1, 2]}'))
print(json.loads(bytearray(b'[true]')))
try:
    json.loads(5)
except TypeError:
    print('TypeError')
