# mupy: host-only
import os, time
p = '/tmp/mupy_file_iter_%d.txt' % time.time_ns()
with open(p, 'w') as f:
    f.write('one\ntwo\n\nfour')
with open(p) as f:
    for line in f:
        print(repr(line))
with open(p) as f:
    print(list(f))
os.remove(p)
