a = bytearray(b'ab')
print(a == b'ab', a + b'cd', b'x' + a)
print(a * 2, a < bytearray(b'b'))
print(bytes(a), type(a + b'').__name__)
