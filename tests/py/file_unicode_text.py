# mupy: host-only
import os, time
p = '/tmp/mupy_file_uni_%d.txt' % time.time_ns()
with open(p, 'w') as f:
    print(f.write('caf\u00e9 \u4e16\u754c\n'))
with open(p) as f:
    s = f.read()
print(s, end='')
print(len(s))
with open(p) as f:
    print(f.read(4))
with open(p, 'rb') as f:
    print(len(f.read()))
os.remove(p)
