import struct
print(struct.pack('<bxh', 1, 2))
print(struct.pack('<2xb', 9))
print(struct.unpack('<bxh', b'\x01\xff\x02\x00'))
print(struct.calcsize('<bxh'), struct.calcsize('<4x'))
