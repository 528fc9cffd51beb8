# mupy: host-only
import os, time
p = '/tmp/mupy_file_rw_%d.txt' % time.time_ns()
with open(p, 'w') as f:
    print(f.readable(), f.writable())
with open(p) as f:
    print(f.readable(), f.writable())
with open(p, 'a+') as f:
    print(f.readable(), f.writable())
os.remove(p)
