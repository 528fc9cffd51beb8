# mupy: host-only
import os, time
p = '/tmp/mupy_file_rl_%d.txt' % time.time_ns()
with open(p, 'w') as f:
    f.write('first line\nsecond\nthird\n')
with open(p) as f:
    print(repr(f.readline()))
    print(repr(f.readline(3)))
    print(f.readlines())
    print(repr(f.readline()))
os.remove(p)
