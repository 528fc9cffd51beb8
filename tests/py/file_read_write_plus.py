# mupy: host-only
import os, time
p = '/tmp/mupy_file_plus_%d.txt' % time.time_ns()
with open(p, 'w+') as f:
    f.write('hello world')
    f.seek(0)
    print(f.read(5))
    f.seek(6)
    f.write('there')
    f.seek(0)
    print(f.read())
with open(p, 'r+') as f:
    f.write('J')
with open(p) as f:
    print(f.read())
os.remove(p)
