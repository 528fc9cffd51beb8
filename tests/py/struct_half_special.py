def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
import struct
t(lambda: struct.pack('<e', float('inf')))
t(lambda: struct.pack('<e', float('-inf')))
t(lambda: struct.unpack('<e', b'\x00\x7c'))
t(lambda: struct.unpack('<e', b'\x00\xfc'))
x = struct.unpack('<e', b'\x00\x7e')[0]
print(x != x)
t(lambda: struct.pack('<e', 1e6))
t(lambda: struct.pack('<e', 65520.0))
t(lambda: struct.pack('<e', 65519.0))
