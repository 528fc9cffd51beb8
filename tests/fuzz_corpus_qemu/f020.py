import hashlib
for n in (55, 56, 64, 65, 300):
    print(n, hashlib.md5(b'm' * n).hexdigest())
