def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
o = b' Hello World hello '
t(lambda: o.replace(b'l', b'L'))
t(lambda: o.replace(b'l', b'', 2))
t(lambda: o.replace(b'', b'-'))
t(lambda: o.count(b'l'))
t(lambda: o.count(b'l', 5))
t(lambda: o.count(b''))
