import struct
print(struct.unpack('<bBhH', b'\xff\xff\xfe\xff\xfe\xff'))
print(struct.unpack('<b', b'\x80'))
print(struct.unpack('<B', b'\x80'))
print(struct.unpack('>h', b'\x80\x00'))
print(struct.unpack('>H', b'\x80\x00'))
