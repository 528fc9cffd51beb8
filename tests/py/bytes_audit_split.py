def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
o = b' Hello World hello '
t(lambda: o.split())
t(lambda: o.split(b'l'))
t(lambda: o.split(b'l', 1))
t(lambda: o.rsplit(b'l', 1))
t(lambda: o.split(None, 1))
t(lambda: o.rsplit(None, 1))
t(lambda: o.split(b''))
