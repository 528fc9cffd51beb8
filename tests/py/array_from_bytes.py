from array import array
a = array('h', b'\x01\x00\x02\x00')
print(list(a))
b = array('B', bytearray(b'xyz'))
print(list(b))
try:
    array('h', b'abc')
except ValueError:
    print('ValueError')
