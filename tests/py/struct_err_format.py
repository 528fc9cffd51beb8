import struct
for f in ('<z', '<3', 'hy'):
    try:
        print(struct.calcsize(f))
    except struct.error:
        print('error', f)
