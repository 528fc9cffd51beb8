import json
for v in (set([1]), b'bytes', object(), len, 1j):
    try:
        json.dumps(v)
        print('ok')
    except TypeError:
        print('TypeError')
