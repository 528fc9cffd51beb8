# mupy: host-only
import os
here = os.getcwd()
print(type(here).__name__, here.startswith('/'))
os.chdir('/tmp')
print(os.getcwd() in ('/tmp', '/private/tmp'))
os.chdir(here)
print(os.getcwd() == here)
try:
    os.chdir('/tmp/mupy_no_such_dir_x')
except OSError as e:
    print('OSError', e.errno)
