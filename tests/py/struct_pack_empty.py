import struct
print(struct.pack(''))
print(struct.calcsize(''))
print(struct.unpack('', b''))
print(struct.pack('<'))
