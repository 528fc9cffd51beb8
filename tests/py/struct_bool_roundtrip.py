import struct
b = struct.pack('<?b?', 1, -1, None)
print(b, struct.unpack('<?b?', b))
print(struct.unpack('<4?', b'\x00\x01\xff\x10'))
print(struct.pack('>?', 'x'), struct.pack('>?', 0.0))
