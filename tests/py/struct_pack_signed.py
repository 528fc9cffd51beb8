import struct
print(struct.pack('<b', -1))
print(struct.pack('<h', -2))
print(struct.pack('<i', -3))
print(struct.pack('<q', -4))
print(struct.pack('>h', -256))
print(struct.pack('>i', -65536))
print(struct.pack('<b', 127), struct.pack('<b', -128))
