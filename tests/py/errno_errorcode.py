import errno
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EINVAL])
print(errno.errorcode[1], errno.errorcode[12])
print(type(errno.errorcode).__name__)
