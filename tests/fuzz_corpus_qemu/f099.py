import binascii
print(binascii.hexlify(b'\x01\x02\x03', ':'))
print(binascii.hexlify(b'\x01\x02', b' '))
print(binascii.hexlify(b'\x01', '-'))
print(binascii.hexlify(b'', ':'))
