# mupy: host-only
import os, time
p = '/tmp/mupy_file_app_%d.txt' % time.time_ns()
with open(p, 'w') as f:
    f.write('start\n')
with open(p, 'a') as f:
    f.write('more\n')
with open(p, 'a') as f:
    print('printed', 1, file=f)
with open(p) as f:
    print(repr(f.read()))
os.remove(p)
