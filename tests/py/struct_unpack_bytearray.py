import struct
ba = bytearray(b'\x01\x00\x02\x00')
print(struct.unpack('<hh', ba))
print(struct.unpack('<hh', memoryview(ba)))
print(struct.unpack_from('<h', memoryview(ba), 2))
