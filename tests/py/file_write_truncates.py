# mupy: host-only
import os, time
p = '/tmp/mupy_file_trunc_%d.txt' % time.time_ns()
with open(p, 'w') as f:
    f.write('a long first version\n')
with open(p, 'w') as f:
    f.write('short\n')
with open(p) as f:
    print(repr(f.read()))
os.remove(p)
