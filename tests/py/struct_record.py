import struct
FMT = '<HHI'
recs = [(1, 2, 3), (65535, 0, 4000000000), (7, 8, 9)]
blob = b''.join(struct.pack(FMT, *r) for r in recs)
size = struct.calcsize(FMT)
print(len(blob), size)
for i in range(len(recs)):
    print(struct.unpack_from(FMT, blob, i * size))
