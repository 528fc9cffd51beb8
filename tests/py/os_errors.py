# mupy: host-only
import os
tests = [lambda: os.remove('/tmp/mupy_no_such_file_x'),
         lambda: os.rmdir('/tmp/mupy_no_such_dir_x'),
         lambda: os.listdir('/tmp/mupy_no_such_dir_x'),
         lambda: os.stat('/tmp/mupy_no_such_file_x'),
         lambda: os.rename('/tmp/mupy_no_such_a', '/tmp/mupy_no_such_b'),
         lambda: os.mkdir('/tmp')]
for t in tests:
    try:
        t()
    except OSError as e:
        print('OSError', e.errno)
