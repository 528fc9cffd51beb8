# mupy: host-only
import os, time
p = '/tmp/mupy_file_x_%d.txt' % time.time_ns()
with open(p, 'x') as f:
    f.write('new')
try:
    open(p, 'x')
except OSError as e:
    print('OSError', e.errno)
with open(p) as f:
    print(f.read())
os.remove(p)
