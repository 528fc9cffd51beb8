import struct
buf = bytearray(8)
struct.pack_into('<hh', buf, 2, 1, -1)
print(buf)
struct.pack_into('>I', buf, 4, 0x01020304)
print(buf)
struct.pack_into('<b', buf, -1, 5)
print(buf)
print(struct.pack_into('<b', buf, 0, 1))
