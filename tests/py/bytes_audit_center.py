def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
o = b' Hello World hello '
t(lambda: o.center(25))
t(lambda: o.center(25, b'*'))
t(lambda: o.center(3))
t(lambda: o.ljust(22, b'.'))
t(lambda: o.rjust(22))
t(lambda: o.zfill(22))
