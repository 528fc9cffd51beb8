import binascii
print(binascii.crc32(b''))
print(binascii.crc32(b'hello'))
print(binascii.crc32(b'The quick brown fox jumps over the lazy dog'))
print(binascii.crc32(b'world', binascii.crc32(b'hello ')) == binascii.crc32(b'hello world'))
print(binascii.crc32(b'a', 0))
