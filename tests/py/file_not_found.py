# mupy: host-only
try:
    open('/tmp/mupy_surely_missing_dir/none.txt')
except OSError as e:
    print('OSError', e.args[0], e.errno)
try:
    open('/tmp/mupy_surely_missing_dir/none.txt', 'w')
except OSError as e:
    print('OSError', e.errno)
