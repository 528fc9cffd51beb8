def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
import struct
t(lambda: struct.pack('<?', 5))
t(lambda: struct.pack('<??', 0, []))
t(lambda: struct.pack('<3?', 1, '', 'x'))
t(lambda: struct.unpack('<?', b'\x02'))
t(lambda: struct.unpack('<2?', b'\x00\x01'))
t(lambda: struct.calcsize('?'))
t(lambda: struct.calcsize('<?h'))
