# mupy: host-only
import os, time
a = '/tmp/mupy_os_ren_a_%d' % time.time_ns()
b = a.replace('_a_', '_b_')
with open(a, 'w') as f:
    f.write('moved')
os.rename(a, b)
with open(b) as f:
    print(f.read())
try:
    os.stat(a)
except OSError as e:
    print('OSError', e.errno)
os.remove(b)
