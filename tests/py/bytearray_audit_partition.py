def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
o = bytearray(b' Hello World hello ')
t(lambda: o.partition(b'o'))
t(lambda: o.rpartition(b'o'))
t(lambda: o.partition(b'zz'))
t(lambda: o.rpartition(b'zz'))
t(lambda: o.partition(b''))
