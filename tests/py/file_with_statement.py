# mupy: host-only
import os, time
p = '/tmp/mupy_file_with_%d.txt' % time.time_ns()
with open(p, 'w') as f:
    f.write('abc')
    print(f.closed)
print(f.closed)
with open(p, 'r') as f:
    print(f.read())
os.remove(p)
