import json
n = 200
v = json.loads('[' * n + ']' * n)
d = 0
while v:
    v = v[0]
    d += 1
print(d)
v = json.loads('{"a":' * 50 + '1' + '}' * 50)
print(type(v).__name__)
