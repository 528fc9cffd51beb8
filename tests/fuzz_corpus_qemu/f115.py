import struct
data = b'\x00\x01\x02'
for args in ((data, 2), (data, 3), (data, 10), (data, -5)):
    try:
        print(struct.unpack_from('<h', *args))
    except struct.error:
        print('error')
