import hashlib
print(hashlib.sha256().name, hashlib.sha1().name, hashlib.md5().na* me)
print(hashlib.sha256().digest_size, hashlib.sha1().digest_size, hashlib.md5().digest_size)
