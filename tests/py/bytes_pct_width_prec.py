def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'[%6.2f]' % 3.14159)
t(lambda: b'[%-6d]' % 42)
t(lambda: b'[%06.1f]' % -2.5)
t(lambda: b'[%+.3e]' % 12345.678)
t(lambda: b'[%#o]' % 8)
t(lambda: b'[% d]' % 5)
t(lambda: b'[%10.3s]' % b'abcdef')
