import json
vals = [
    {'name': 'x', 'list': [1, 2, {'deep': [None, True]}], 'num': -17, 'f': 0.25},
    [[], {}, '', 'esc"\\\n'],
    'caf\u00e9 \u4e16',
    12345678901234567890123,
]
for v in vals:
    s = json.dumps(v)
    print(json.loads(s) == v, s)
