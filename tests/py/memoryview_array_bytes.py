from array import array
import struct
a = array('H', [1, 2])
m = memoryview(a)
print(bytes(m) == a.tobytes(), m.tobytes() == a.tobytes(), m.hex() == a.tobytes().hex())
b = array('b', [0, 0, 0, 0])
struct.pack_into('<h', b, 1, -2)
print(b)
print(memoryview(memoryview(a))[1])
