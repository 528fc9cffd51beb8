import struct
for h in [b'\x00\x00', b'\x00\x80', b'\x00\x3c', b'\x00\xc0', b'\xff\x7b', b'\x00\x04', b'\x00\x38']:
    print(h, struct.unpack('<e', h)[0])
