import struct
print(struct.pack('<3h', 1, 2, 3))
print(struct.pack('<2b2h', 1, 2, 3, 4))
print(struct.unpack('<3h', struct.pack('<3h', -1, 0, 1)))
print(struct.calcsize('<10b'), len(struct.pack('<10b', *range(10))))
print(struct.unpack('<10b', bytes(range(10))))
