import struct
print(struct.pack('<i', True))
print(struct.pack('<b', False))
print(struct.pack('<d', True))
print(struct.pack('<h', 2**15 - 1))
