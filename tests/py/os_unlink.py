# mupy: host-only
import os, time
p = '/tmp/mupy_os_unlink_%d' % time.time_ns()
open(p, 'w').close()
print(os.stat(p)[6])
os.unlink(p)
try:
    os.unlink(p)
except OSError:
    print('gone')
