# int.to_bytes / from_bytes defaults, iterables, errors; conjugate, bit_length
print((5).to_bytes(), (255).to_bytes(2, 'little'), (1).to_bytes(length=3, byteorder='big'))
print((-1).to_bytes(2, 'big', signed=True), (2 ** 70).to_bytes(9, 'big'), (0).to_bytes(0, 'big'))
print(int.from_bytes(b'\x01\x00'), int.from_bytes([1, 2], 'big'), int.from_bytes((3, 0), 'little'))
print(int.from_bytes(bytearray(b'\xff'), 'big', signed=True), int.from_bytes(b'', 'big'))
print(int.from_bytes(iter([0, 1]), 'big'), int.from_bytes(b'\x80' + b'\x00' * 16, 'big', signed=True))
print(int.from_bytes(b'\xff' * 20, 'little') == 2 ** 160 - 1, (7).from_bytes(b'\x02', 'big'))
for f in [lambda: (1).to_bytes(-1, 'big'), lambda: (256).to_bytes(1, 'big'),
          lambda: (-1).to_bytes(1, 'big'), lambda: (1).to_bytes(1, 'middle'),
          lambda: int.from_bytes([256], 'big'), lambda: int.from_bytes(['a'], 'big'),
          lambda: int.from_bytes(5, 'big'), lambda: (2 ** 100).to_bytes(4, 'big'),
          lambda: (1).to_bytes('1', 'big')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
print((5).conjugate(), True.conjugate(), (2 ** 100).conjugate() == 2 ** 100, (3).real, (3).imag)
print((0).bit_length(), (-255).bit_length(), (2 ** 200).bit_length(), True.bit_length())
print((10).numerator, (10).denominator, True.real + 0, False.imag)
