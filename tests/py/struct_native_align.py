import struct
print(struct.calcsize('@bh'), struct.calcsize('=bh'))
print(struct.calcsize('@bi'), struct.calcsize('<bi'))
print(struct.calcsize('@hq') == 16, struct.calcsize('<hq'))
print(struct.calcsize('@b?h'), struct.calcsize('@be'))
print(struct.pack('@bh', 1, 2) == struct.pack('<bxh', 1, 2) or struct.pack('@bh', 1, 2) == struct.pack('>bxh', 1, 2))
print(struct.unpack('@bh', struct.pack('@bh', -1, 300)))
