# mupy: host-only
import os, time
p = '/tmp/mupy_file_rs_%d.txt' % time.time_ns()
with open(p, 'w') as f:
    f.write('0123456789')
with open(p) as f:
    print(f.read(3), f.read(4), f.read(100), repr(f.read(1)))
os.remove(p)
