import struct
for f in ['<P', '>n', '=N', '!P', '<q', '@q']:
    try:
        print(f, struct.calcsize(f))
    except Exception as e:
        print(f, 'error')
