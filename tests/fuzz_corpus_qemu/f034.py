import struct
print(struct.pack(b'<h', 5))
print(struct.calcsize(b'>q'))
print(struct.unpack(b'<B', b'\x09'))
