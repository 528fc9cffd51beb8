import errno
print(errno.EPERM, errno.ENOENT, errno.EIO, errno.EBADF, errno.EAGAIN)
print(errno.ENOMEM, errno.EACCES, errno.EEXIST, errno.ENODEV, errno.EISDIR, errno.EINVAL)
