import struct
from array import array
a = array('h', [1, 2])
print(struct.unpack('<2h', a.tobytes()))
print(struct.unpack('<2h', a))
