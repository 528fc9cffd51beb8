def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
o = b' Hello World hello '
t(lambda: o.index(b'W'))
t(lambda: o.rindex(b'o'))
t(lambda: o.index(b'zz'))
t(lambda: o.rindex(b'zz'))
t(lambda: o.index(111))
