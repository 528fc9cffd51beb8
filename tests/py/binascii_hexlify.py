import binascii
print(binascii.hexlify(b'\x00\x01\xab\xff'))
print(binascii.hexlify(b''))
print(binascii.hexlify(bytearray(b'AZ')))
print(binascii.hexlify(b'hello').decode())
