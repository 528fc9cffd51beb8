def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'%(a)s-%(b)d' % {b'a': b'A', b'b': 2})
t(lambda: b'%(a)s' % {'a': b'A'})
t(lambda: b'%(x)r' % {b'x': 1})
