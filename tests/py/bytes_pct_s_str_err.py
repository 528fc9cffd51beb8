def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'%s' % 'str')
t(lambda: b'%s' % 5)
t(lambda: b'%b' % 'x')
t(lambda: b'%b' % None)
t(lambda: b'%s' % [1])
