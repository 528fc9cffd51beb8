# struct: bytes format, counts with spaces, 's' errors, buffer type errors, sizes
import struct
print(struct.pack(b'<HB', 1, 2), struct.calcsize(b'>i'), struct.calcsize('<2h 3b'), struct.calcsize('< i h'))
print(struct.unpack('<2H', b'\x01\x00\x02\x00'), struct.pack('3s', b'abcdef'), struct.pack('5s', b'ab'))
print(struct.unpack_from('<H', b'\x00\x01\x02', 1), struct.unpack('<h', bytearray(b'\xff\xff')))
print(struct.unpack('<b', memoryview(b'\x80')), struct.pack('>q', -2))
buf = bytearray(6)
struct.pack_into('<HH', buf, 1, 0x102, 0x304)
print(buf, struct.unpack_from('<B', buf, -1))
for f in [lambda: struct.pack('s', 'str'), lambda: struct.unpack('<H', 'ab'), lambda: struct.pack(5, 1),
          lambda: struct.unpack('<H', 5), lambda: struct.pack('<H', 70000), lambda: struct.pack('<H'),
          lambda: struct.unpack('<H', b'\x00'), lambda: struct.calcsize('z'), lambda: struct.pack('<b', 1.5)]:
    try:
        print(f())
    except TypeError:
        print('TypeError')
    except Exception:
        print('error')  # struct.error in CPython, ValueError in MicroPython
print(struct.calcsize('<qQdfx'), struct.pack('<2x'), struct.unpack('<xbx', b'\x00\x05\x00'))
