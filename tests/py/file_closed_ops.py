# mupy: host-only
import os, time
p = '/tmp/mupy_file_closed_%d.txt' % time.time_ns()
f = open(p, 'w')
f.close()
f.close()
for op in (lambda: f.write('x'), lambda: f.read(), lambda: f.tell()):
    try:
        op()
    except ValueError:
        print('ValueError')
os.remove(p)
