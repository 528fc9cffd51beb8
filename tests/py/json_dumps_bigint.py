import json
print(json.dumps(2 ** 100))
print(json.dumps([-(10 ** 30), 10 ** 20]))
print(json.dumps({'n': 12345678901234567890}))
