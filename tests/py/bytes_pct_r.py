def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'%r' % b'x')
t(lambda: b'%r' % 'abc')
t(lambda: b'%r' % 5)
t(lambda: b'%r' % [1, b'2'])
t(lambda: b'%r' % 'caf\xe9')
t(lambda: b'<%10r>' % b'ab')
