print((258).to_bytes(length=2, byteorder='big'))
print((258).to_bytes(2, byteorder='little'))
print(int.from_bytes(b'\x02\x01', byteorder='little'))
try:
    (1).to_bytes(2, 'middle')
except ValueError:
    print('ValueError')
