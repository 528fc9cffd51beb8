import struct
for f in ('@bi', '@bh', '@ib', '@hi', '@bd', 'bi', 'hb', 'b3h', 'bbbbi'):
    print(f, struct.calcsize(f))
