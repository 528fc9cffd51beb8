# mupy: host-only
import os, time
p = '/tmp/mupy_file_te_%d' % time.time_ns()
with open(p, 'w') as f:
    try:
        f.write(b'bytes')
    except TypeError:
        print('TypeError text')
with open(p, 'wb') as f:
    try:
        f.write('text')
    except TypeError:
        print('TypeError binary')
os.remove(p)
