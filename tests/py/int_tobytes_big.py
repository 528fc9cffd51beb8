print((2 ** 100).to_bytes(13, 'little'))
print((2 ** 64 - 1).to_bytes(8, 'big'))
print((-(2 ** 70)).to_bytes(10, 'big', signed=True))
print((12345678901234567890).to_bytes(9, 'big'))
