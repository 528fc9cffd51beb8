import hashlib
print(hashlib.sha256(bytearray(b'abc')).hexdigest() == hashlib.sha256(b'abc').hexdigest())
h = hashlib.md5()
h.update(memoryview(b'abcdef')[1:3])
print(h.hexdigest() == hashlib.md5(b'bc').hexdigest())
