# mupy: host-only
import os, time
p = '/tmp/mupy_file_wrt_%d.txt' % time.time_ns()
f = open(p, 'w')
print(f.write('hello\n'), f.write('world\n'))
f.close()
f = open(p)
print(repr(f.read()))
f.close()
os.remove(p)
