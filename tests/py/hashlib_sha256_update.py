import hashlib
h = hashlib.sha256()
h.update(b'hello ')
h.update(b'world')
print(h.hexdigest() == hashlib.sha256(b'hello world').hexdigest())
print(h.hexdigest())
h = hashlib.sha256(b'a')
for i in range(99):
    h.update(b'a')
print(h.hexdigest() == hashlib.sha256(b'a' * 100).hexdigest())
