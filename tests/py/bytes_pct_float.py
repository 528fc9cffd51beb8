def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'%.2f' % 1.5)
t(lambda: b'%e' % 1000.0)
t(lambda: b'%g' % 0.5)
t(lambda: b'%8.3f|' % 3.25)
t(lambda: b'%-8.1f|' % 2.5)
t(lambda: b'%f' % 'x')
