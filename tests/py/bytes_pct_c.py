def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'%c' % 65)
t(lambda: b'%c' % b'z')
t(lambda: b'%c' % 255)
t(lambda: b'%c' % 256)
t(lambda: b'%c' % -1)
t(lambda: b'%c' % b'zz')
t(lambda: b'%c' % 'a')
t(lambda: b'%3c|' % 66)
