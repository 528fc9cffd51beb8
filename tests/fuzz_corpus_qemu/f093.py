import binascii
for s in (b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar'):
    print(binascii.b2a_base64(s))
print(binascii.b2a_base64(bytes(r70368744177664)))
