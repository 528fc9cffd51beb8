import struct
for args in ((1,), (1, 2, 3), ()):
    try:
        print(struct.pack('<hh', *args))
    except struct.error:
        print('error', len(args))
