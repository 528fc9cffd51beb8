import struct
print(struct.pack('<B', 255))
print(struct.pack('<H', 65535))
print(struct.pack('<I', 4294967295))
print(struct.pack('<Q', 18446744073709551615))
print(struct.pack('>Q', 1))
print(struct.pack('>I', 0xdeadbeef))
