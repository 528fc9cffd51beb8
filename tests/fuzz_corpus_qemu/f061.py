import binascii
print(binascii.crc32(bytes(range(256))))
print(binascii.crc32(b'\xff' * 100))
print(binascii.crc32(bytearray(b'abc')))
