import struct
for h in [0x0001, 0x03ff, 0x0400, 0x3bff, 0x3c01, 0x7bff]:
    x = struct.unpack('<H', struct.pack('<H', h))[0]
    v = struct.unpack('<e', struct.pack('<H', x))[0]
    print(h, v, struct.unpack('<H', struct.pack('<e', v))[0] == h)
print(struct.pack('<e', 1 + 2**-11))
print(struct.pack('<e', 1 + 3 * 2**-11))
print(struct.pack('<e', 2**-25))
print(struct.pack('<e', 3 * 2**-25))
