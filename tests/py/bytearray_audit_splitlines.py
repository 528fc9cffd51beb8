def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
o = bytearray(b' Hello World hello ')
t(lambda: b'a\nb\r\nc'.splitlines())
t(lambda: b'a\nb\n'.splitlines(True))
t(lambda: o.splitlines())
