# mupy: host-only
import os, time
p = '/tmp/mupy_file_many_%d.txt' % time.time_ns()
with open(p, 'w') as f:
    for i in range(500):
        f.write('line %d\n' % i)
n = 0
total = 0
with open(p) as f:
    for line in f:
        n += 1
        total += int(line.split()[1])
print(n, total)
os.remove(p)
