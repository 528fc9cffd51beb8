def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'%z' % 1)
t(lambda: b'%' % 1)
t(lambda: b'%d %d' % (1,))
t(lambda: b'%d' % (1, 2))
t(lambda: b'%(a)s' % 5)
