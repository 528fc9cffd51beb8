import json
a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError:
    print('ValueError')
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError:
    print('ValueError')
