def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
import struct
b = bytes(range(8))
t(lambda: struct.unpack_from('<h', b, -2))
t(lambda: struct.unpack_from('<B', b, 7))
t(lambda: struct.unpack_from('<4B', b))
t(lambda: struct.unpack_from('<2?', b, 0))
