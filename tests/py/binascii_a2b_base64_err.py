import binascii
for s in (b'abc', b'a', b'Zg=', b'Zm9vY'):
    try:
        print(binascii.a2b_base64(s))
    except binascii.Error:
        print('Error', s)
