import struct
for f, v in (('<h', 'x'), ('<i', 1.5), ('<i', None), ('<f', 'a'), ('<d', [1])):
    try:
        print(struct.pack(f, v))
    except (struct.error, TypeError):
        print('error', f)
