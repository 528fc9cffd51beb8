import struct
data = bytes(range(1, 25))
print(struct.unpack('>iIqQ', data))
print(struct.unpack('<iIqQ', data))
print(struct.unpack('>q', b'\xff' * 8))
print(struct.unpack('>Q', b'\xff' * 8))
