for b in [b'\xff' * 16, b'\x80' + b'\x00' * 15, b'\x7f' + b'\xff' * 15]:
    print(int.from_bytes(b, 'big', signed=True), int.from_bytes(b, 'little', signed=True))
print(int.from_bytes(b'\x01' * 20, 'little'))
print((2**100).to_bytes(16, 'little'))
print((-2**100).to_bytes(16, 'big', signed=True))
