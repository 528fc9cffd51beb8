import struct
print(struct.pack('<f', 1.5))
print(struct.pack('<d', -2.25))
print(struct.unpack('<f', struct.pack('<f', 0.75)))
print(struct.unpack('<d', struct.pack('<d', -2.25)))
print(struct.pack('<f', 3))
print(struct.unpack('<ff', struct.pack('<ff', 0.5, -8.0)))
