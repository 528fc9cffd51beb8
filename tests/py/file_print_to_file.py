# mupy: host-only
import os, time
p = '/tmp/mupy_file_print_%d.txt' % time.time_ns()
with open(p, 'w') as f:
    print('x', 1, [2], file=f)
    print('a', 'b', sep='|', end='!\n', file=f)
with open(p) as f:
    print(f.read(), end='')
os.remove(p)
