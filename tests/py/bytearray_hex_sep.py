def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
a = bytearray(b'\xde\xad\xbe\xef')
t(lambda: a.hex())
t(lambda: a.hex('.'))
t(lambda: a.hex('_', 2))
t(lambda: bytearray().hex())
