import hashlib
print(hashlib.sha1(b'').hexdigest())
print(hashlib.sha1(b'abc').hexdigest())
print(hashlib.sha1(b'The quick brown fox jumps over the lazy dog').hexdigest())
