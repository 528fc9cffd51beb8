import hashlib
for f in (hashlib.sha256, hashlib.sha1, hashlib.md5):
    d = f(b'abc').digest()
    print(type(d).__name__, len(d), f().digest_size, f().block_size)
print(hashlib.md5(b'abc').digest()[:4])
