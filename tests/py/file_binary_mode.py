# mupy: host-only
import os, time
p = '/tmp/mupy_file_bin_%d.bin' % time.time_ns()
with open(p, 'wb') as f:
    print(f.write(bytes(range(10))))
    print(f.write(bytearray(b'\xff\xfe')))
with open(p, 'rb') as f:
    d = f.read()
print(type(d).__name__, len(d), d[:4], d[-2:])
with open(p, 'rb') as f:
    print(f.read(3), f.read(2))
os.remove(p)
