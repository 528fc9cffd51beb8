import struct
for f, v in (('<b', 200), ('<b', -129), ('<B', -1), ('<B', 256), ('<h', 40000), ('<H', -5), ('<I', 2**32), ('<q', 2**63), ('<Q', -1)):
    try:
        print(struct.pack(f, v))
    except struct.error:
        print('error', f, v)
