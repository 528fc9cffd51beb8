def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
o = b' Hello World hello '
t(lambda: o.join([b'a', b'b']))
t(lambda: b','.join([b'x', bytearray(b'y')]))
t(lambda: o.join([]))
t(lambda: b'-'.join(['s']))
