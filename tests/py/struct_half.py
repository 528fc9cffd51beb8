import struct
for x in [0.0, -0.0, 1.0, 1.5, -2.5, 65504.0, 0.5, 1/3, 0.1, 6.1e-5, 6e-8]:
    b = struct.pack('<e', x)
    print(b, struct.unpack('<e', b)[0])
