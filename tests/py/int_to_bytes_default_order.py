def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: (1024).to_bytes(2))
t(lambda: (1).to_bytes())
t(lambda: (255).to_bytes(1, signed=True))
t(lambda: int.from_bytes(b'\x01\x00'))
t(lambda: int.from_bytes(b'\xff', signed=True))
t(lambda: int.from_bytes(bytearray(b'\x00\x02')))
