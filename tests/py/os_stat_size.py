# mupy: host-only
import os, time
p = '/tmp/mupy_os_stat_%d' % time.time_ns()
with open(p, 'wb') as f:
    f.write(b'x' * 1234)
st = os.stat(p)
print(st[6])
print(st[0] & 0o170000 == 0o100000)
print(os.stat('/tmp')[0] & 0o170000 == 0o040000)
print(type(st[8]).__name__)
os.remove(p)
