import hashlib
print(hashlib.md5(b'').hexdigest())
print(hashlib.md5(b'abc').hexdigest())
print(hashlib.md5(b'message digest').hexdigest())
