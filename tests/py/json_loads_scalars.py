import json
for t in ('null', 'true', 'false', '0', '-12', '3.5', '-0.5', '"s"', '""', ' 7 '):
    v = json.loads(t)
    print(type(v).__name__, v)
