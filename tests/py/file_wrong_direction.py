# mupy: host-only
import os, time
p = '/tmp/mupy_file_dir_%d.txt' % time.time_ns()
with open(p, 'w') as f:
    try:
        f.read()
    except OSError:
        print('read on w: OSError')
with open(p) as f:
    try:
        f.write('x')
    except OSError:
        print('write on r: OSError')
os.remove(p)
