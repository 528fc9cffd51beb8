print(b'\x00\x01\xff', b'\t\n\r', b"'", b'"', b'\\')
print(repr(b'it\'s "x"'))
print(b'\x7f\x80', bytes([32, 126, 127]))
