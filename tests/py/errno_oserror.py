import errno
try:
    raise OSError(errno.ENOENT, 'missing')
except OSError as e:
    print(e.args[0] == errno.ENOENT, e.args)
try:
    raise OSError(errno.EAGAIN)
except OSError as e:
    print(e.args[0] == errno.EAGAIN)
