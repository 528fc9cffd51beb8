import errno
print(errno.EOPNOTSUPP)
names = ['EADDRINUSE', 'ECONNABORTED', 'ECONNRESET', 'ENOBUFS', 'ENOTCONN', 'ETIMEDOUT', 'ECONNREFUSED', 'EHOSTUNREACH', 'EALREADY', 'EINPROGRESS']
for n in names:
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v] == n)
