def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'%b' % b'ab')
t(lambda: b'%b%b' % (b'a', b'b'))
t(lambda: b'[%4b]' % b'z')
t(lambda: b'[%-4b]' % b'z')
t(lambda: bytearray(b'%b') % b'q')
