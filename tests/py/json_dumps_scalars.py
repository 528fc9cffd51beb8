import json
for v in (None, True, False, 0, -5, 123456789, 2.5, -0.25, 'text', ''):
    print(json.dumps(v))
