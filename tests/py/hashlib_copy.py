import hashlib
a = hashlib.sha256(b'common')
b = a.copy()
a.update(b'-a')
b.update(b'-b')
print(a.hexdigest() == hashlib.sha256(b'common-a').hexdigest())
print(b.hexdigest() == hashlib.sha256(b'common-b').hexdigest())
