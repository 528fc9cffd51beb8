import struct
data = b'\x00\x01\x02\x03\x04\x05\x06\x07'
print(struct.unpack_from('<h', data))
print(struct.unpack_from('<h', data, 2))
print(struct.unpack_from('<h', data, offset=4))
print(struct.unpack_from('<h', data, -2))
print(struct.unpack_from('<2b', data, 6))
