import struct
for data in (b'abc', b'a', b''):
    try:
        print(struct.unpack('<h', data))
    except struct.error:
        print('error', len(data))
print(struct.unpack('<h', b'ab'))
