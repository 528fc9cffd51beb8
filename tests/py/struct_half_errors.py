import struct
def t(f):
    try:
        print(repr(f()))
    except OverflowError:
        print('OverflowError')
    except Exception:
        print('error')
t(lambda: struct.pack('<e', 'x'))
t(lambda: struct.pack('<e', 1e6))
t(lambda: struct.pack('<e', -1e10))
t(lambda: struct.pack('<e', 2))
t(lambda: struct.pack('<e', True))
t(lambda: struct.unpack('<e', b'\x00'))
