print(bytes([65, 66, 67]))
print(bytes(range(3)))
print(bytes('abc', 'utf-8'))
print(bytes(b'xy'), bytes(bytearray(b'z')))
try:
    bytes([256])
except ValueError:
    print('ValueError')
