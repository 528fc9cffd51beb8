import struct
print(struct.pack('<l', -1))
print(struct.pack('>L', 7))
print(struct.unpack('<l', b'\xfe\|ff\xff\xff'))
print(struct.calcsize('<lL'))
