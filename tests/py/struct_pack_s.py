import struct
print(struct.pack('<5s', b'ab'))
print(struct.pack('<3s', b'toolong'))
print(struct.unpack('<5s', b'hello'))
print(struct.pack('<2sh', b'xy', 7))
print(struct.unpack('<2sh', b'xy\x07\x00'))
print(struct.pack('<s', b'q'), struct.pack('<0s', b'abc'))
