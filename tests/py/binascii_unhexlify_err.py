import binascii
for s in (b'abc', b'zz', b'0g', '1'):
    try:
        binascii.unhexlify(s)
    except binascii.Error:
        print('Error', s)
try:
    binascii.unhexlify(b'a')
except ValueError:
    print('ValueError')
