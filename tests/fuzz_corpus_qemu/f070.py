import hashlib
h = hashlib.sha1(b'x')
d1 = h.digest()
print(d1 == h.digest())
h.update(b'y')
print(h.digest() == hashlib.sha1(b'xy').digest())
