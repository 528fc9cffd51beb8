# mupy: host-only
import os, time
p = '/tmp/mupy_file_long_%d.txt' % time.time_ns()
with open(p, 'w') as f:
    f.write('x' * 1000 + '\n' + 'y' * 300)
with open(p) as f:
    a = f.readline()
    b = f.readline()
print(len(a), len(b), a[-2:] == 'x\n', b[:3])
os.remove(p)
