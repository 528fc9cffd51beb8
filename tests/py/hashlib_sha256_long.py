import hashlib
for n in (55, 56, 63, 64, 65, 119, 120, 1000):
    print(n, hashlib.sha256(b'x' * n).hexdigest()[:16])
