# mupy: host-only
import os, time
d = '/tmp/mupy_os_ilist_%d' % time.time_ns()
os.mkdir(d)
open(d + '/f', 'w').close()
os.mkdir(d + '/s')
for e in sorted(os.ilistdir(d)):
    print(e[0], hex(e[1]))
os.remove(d + '/f')
os.rmdir(d + '/s')
os.rmdir(d)
