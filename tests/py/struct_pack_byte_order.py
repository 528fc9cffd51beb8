import struct
for f in ('<H', '>H', '!H', '=H', '<I', '>I'):
    print(f, struct.pack(f, 0x1234))
print(struct.pack('<i', 1) == struct.pack('=i', 1))
