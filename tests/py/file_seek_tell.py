# mupy: host-only
import os, time
p = '/tmp/mupy_file_seek_%d.txt' % time.time_ns()
with open(p, 'w') as f:
    f.write('abcdefghij')
    print(f.tell())
with open(p, 'rb') as f:
    print(f.seek(3), f.read(2), f.tell())
    print(f.seek(-2, 2), f.read())
    print(f.seek(-4, 1), f.read(1))
    f.seek(0)
    print(f.read(1), f.tell())
os.remove(p)
