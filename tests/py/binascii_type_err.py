import binascii
for f in (binascii.hexlify, binascii.b2a_base64, binascii.crc32):
    try:
        f('text')
    except TypeError:
        print('TypeError')
