import binascii
print(binascii.a2b_base64(b'aGVsbG8='))
print(binascii.a2b_base64('Zm9vYmFy'))
print(binascii.a2b_base64(b'Zm9v\nYmE=\n'))
print(binascii.a2b_base64(b''))
print(binascii.a2b_base64(b'Zg=='))
