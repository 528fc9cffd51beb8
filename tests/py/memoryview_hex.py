def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
m = memoryview(b'\x00\x7f\x80')
t(lambda: m.hex())
t(lambda: m[1:].hex())
t(lambda: m.hex(' '))
