# mupy: host-only
import os, time
d = '/tmp/mupy_os_ne_%d' % time.time_ns()
os.mkdir(d)
open(d + '/f', 'w').close()
try:
    os.rmdir(d)
except OSError as e:
    print('OSError', e.errno)
os.remove(d + '/f')
os.rmdir(d)
print(os.path.exists(d) if hasattr(os, 'path') else False)
