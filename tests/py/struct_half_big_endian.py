def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
import struct
t(lambda: struct.pack('>e', 1.5))
t(lambda: struct.pack('>e', -65504.0))
t(lambda: struct.unpack('>e', b'\x3c\x00'))
t(lambda: struct.unpack('<2e', b'\x00\x3c\x00\xc0'))
t(lambda: struct.calcsize('<e'))
t(lambda: struct.calcsize('3e'))
