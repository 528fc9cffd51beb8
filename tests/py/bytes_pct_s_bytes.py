def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'%s' % b'ab')
t(lambda: b'%s|%s' % (b'x', bytearray(b'y')))
t(lambda: b'%s' % memoryview(b'mv'))
t(lambda: b'%5s|' % b'ab')
t(lambda: b'%-5s|' % b'ab')
t(lambda: b'%.1s' % b'ab')
