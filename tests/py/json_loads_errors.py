import json
bad = ['', '[', '[1,]', '{"a":}', "{'a': 1}", '[1 2]', 'tru', '"abc', '01', '1.', '{"a" 1}', '[1]x', '{1: 2}', '-', '.5', 'nul']
for t in bad:
    try:
        json.loads(t)
        print('ok', repr(t))
    except ValueError:
        print('ValueError', repr(t))
