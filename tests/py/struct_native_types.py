import struct
for f in ('b', 'B', 'h', 'H', 'i', 'I', 'q', 'Q', 'f', 'd'):
    print(f, struct.calcsize(f), struct.unpack(f, struct.pack(f, 1))[0])
