a = bytearray(b'\x00\x05\x10')
print(list(a), 4 in a, 6 in a, b'\x05' in a)
print(sum(a), max(a))
