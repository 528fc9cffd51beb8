import struct
buf = bytearray(6)
mv = memoryview(buf)
struct.pack_into('<H', mv, 0, 0xabcd)
print(buf)
struct.pack_into('<H', mv[2:], 1, 0x1234)
print(buf)
