def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'%a' % 'caf\xe9')
t(lambda: b'%a' % b'\xff')
t(lambda: b'%a' % 1.5)
t(lambda: b'%a' % None)
