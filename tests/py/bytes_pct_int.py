def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'%x' % 255)
t(lambda: b'%X' % 255)
t(lambda: b'%#x' % 255)
t(lambda: b'%o' % 8)
t(lambda: b'%d' % -42)
t(lambda: b'%05d' % 42)
t(lambda: b'%+d' % 7)
t(lambda: b'%i' % 3)
t(lambda: b'%x' % 2**70)
t(lambda: b'%d' % 'x')
