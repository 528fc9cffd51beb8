def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
import struct
t(lambda: struct.pack('<bxh', 1, 2))
t(lambda: struct.unpack('<bxh', b'\x01\x00\x02\x00'))
t(lambda: struct.pack('<3xb', 9))
t(lambda: struct.unpack('<b3x', b'\x05abc'))
t(lambda: struct.calcsize('<x'))
t(lambda: struct.pack('<x'))
