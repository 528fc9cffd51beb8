# mupy: host-only
import os, time, json
p = '/tmp/mupy_file_json_%d.json' % time.time_ns()
with open(p, 'w') as f:
    json.dump({'a': [1, 2], 'b': 'text'}, f)
with open(p) as f:
    print(json.load(f))
os.remove(p)
