import binascii
print(binascii.unhexlify(b'0001abff'))
print(binascii.unhexlify(b'ABCDEF'))
print(binascii.unhexlify('6869'))
print(binascii.unhexlify(b''))
