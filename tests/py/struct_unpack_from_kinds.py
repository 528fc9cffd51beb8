import struct
from array import array
b = bytearray(b'\x01\x00\x02\x00\x03\x00')
print(struct.unpack_from('<hh', b))
print(struct.unpack_from('<h', memoryview(b), 4))
print(struct.unpack_from('<3h', bytes(b)))
print(struct.unpack_from('<h', array('h', [7, 8]), 2))
