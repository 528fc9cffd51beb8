def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'%d' % True)
t(lambda: b'%r' % True)
t(lambda: b'%r' % None)
t(lambda: b'%s' % None)
t(lambda: b'%x' % False)
