# mupy: host-only
import os, time
d = '/tmp/mupy_os_dir_%d' % time.time_ns()
os.mkdir(d)
print(os.listdir(d))
for n in ('b.txt', 'a.txt'):
    with open(d + '/' + n, 'w') as f:
        f.write(n)
os.mkdir(d + '/sub')
print(sorted(os.listdir(d)))
for n in ('a.txt', 'b.txt'):
    os.remove(d + '/' + n)
os.rmdir(d + '/sub')
print(os.listdir(d))
os.rmdir(d)
