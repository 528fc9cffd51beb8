from array import array
a = array('h', [1, -2])
print(bytes(a))
print(bytearray(array('B', [65, 66, 67])))
print(len(bytes(array('i', [0, 0, 0]))))
