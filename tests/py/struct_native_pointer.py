import struct
print(struct.calcsize('P') in (4, 8))
print(struct.calcsize('n') == struct.calcsize('N') == struct.calcsize('P'))
print(struct.unpack('P', struct.pack('P', 1234))[0])
print(struct.unpack('n', struct.pack('n', -5))[0])
print(struct.unpack('N', struct.pack('N', 7))[0])
print(struct.unpack('@2n', struct.pack('@2n', 1, -1)))
