import struct
b = bytearray(8)
struct.pack_into('<?e', b, 1, True, 2.0)
print(b)
struct.pack_into('<h', b, -2, -2)
print(b)
print(struct.unpack_from('<?e', b, 1))
print(struct.unpack_from('<e', b, offset=2))
