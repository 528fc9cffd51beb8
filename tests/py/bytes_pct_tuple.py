def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'%d-%s-%x' % (1, b'b', 15))
t(lambda: b'%s' % (b'a', b'b'))
t(lambda: b'%s %s' % (b'a',))
t(lambda: b'%%%d%%' % 5)
t(lambda: b'no args' % ())
t(lambda: b'x' % 5)
