def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'%*d|' % (5, 3))
t(lambda: b'%-*d|' % (4, 3))
t(lambda: b'%.*f' % (2, 1.0))
t(lambda: b'%*s|' % (3, b'a'))
