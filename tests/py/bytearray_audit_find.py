def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
o = bytearray(b' Hello World hello ')
t(lambda: o.find(b'l'))
t(lambda: o.find(b'l', 5))
t(lambda: o.find(b'l', 5, 9))
t(lambda: o.find(108))
t(lambda: o.find(b'zz'))
t(lambda: o.rfind(b'l'))
t(lambda: o.rfind(108))
