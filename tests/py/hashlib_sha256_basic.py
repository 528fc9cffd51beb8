import hashlib
print(hashlib.sha256(b'').hexdigest())
print(hashlib.sha256(b'abc').hexdigest())
print(hashlib.sha256().hexdigest() == hashlib.sha256(b'').hexdigest())
