def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'\xff%d\x00' % 7)
t(lambda: b'%s\xfe' % b'\x80')
t(lambda: b'%r' % b'\x00\xff')
t(lambda: b'%c%c' % (0, 255))
