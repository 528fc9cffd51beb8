def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
o = b' Hello World hello '
t(lambda: o.decode())
t(lambda: o.decode('utf-8'))
t(lambda: b'\xc3\xa9'.decode())
t(lambda: b'abc'.decode('ascii'))
