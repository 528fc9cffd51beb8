import struct
for f in ['<bhiq', '>?e', '<5s2x', '<0s', '<10?', '=eh', '<3e', '!hH']:
    print(f, struct.calcsize(f))
