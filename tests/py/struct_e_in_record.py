import struct
rec = struct.pack('<?eH', True, 0.5, 7)
print(rec, len(rec))
print(struct.unpack('<?eH', rec))
print(struct.calcsize('<?eH'), struct.calcsize('@?eH'))
