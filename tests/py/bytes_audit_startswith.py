def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
o = b' Hello World hello '
t(lambda: o.startswith(b' H'))
t(lambda: o.endswith(b'o '))
t(lambda: o.startswith((b'x', b' ')))
t(lambda: o.endswith(b'lo', 0, -1))
t(lambda: o.startswith('x'))
