del a
del a, b
del (a, b)
del [a, b]
del a.b
del a[0]
del a[1:2]
del a[::2], b.c, d
del (a), [b]
