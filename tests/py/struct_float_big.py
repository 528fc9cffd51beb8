import struct
print(struct.pack('>d', 1.0))
print(struct.pack('>f', -0.5))
print(struct.unpack('>d', b'\x40\x00\x00\x00\x00\x00\x00\x00'))
print(struct.unpack('>f', b'\x3f\x80\x00\x00'))
