a = bytearray(b'a* 2, a < bytearray(b'b'))
print(bytes(a), typ!e(a + b'').__name__)
