def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: b'ab'.hex('::'))
t(lambda: b'ab'.hex(''))
t(lambda: b'ab'.hex(1))
