import struct
for v in (-2**63, -1, 0, 1, 2**62, 2**63 - 1):
    b = struct.pack('<q', v)
    print(b, struct.unpack('<q', b)[0] == v)
for v in (0, 2**32, 2**63, 2**64 - 1):
    print(struct.unpack('>Q', struct.pack('>Q', v))[0] == v)
