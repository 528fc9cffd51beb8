print(bytes(2), bytes([1, 2]), bytes('hé', 'utf-8'), bytes(b'x'))
print(bytearray(2), bytearray([1, 2]), bytearray('hé', 'utf-8'))
print(memoryview(b'ab')[1])
