import struct
try:
    struct.pack_into('<h', b'abcd', 0, 1)
except TypeError:
    print('TypeError')
buf = bytearray(3)
for off in (2, 3, 5):
    try:
        struct.pack_into('<h', buf, off, 1)
        print(buf)
    except struct.error:
        print('error', off)
