import hashlib
for n in (55, 56, 64, 65, 500):
    print(n, hashlib.sha1(bytes(range(n % 256)) * (n // 256 + 1)).hexdigest()[:16])
h = hashlib.sha1()
for i in range(10):
    h.update(b'0123456789')
print(h.hexdigest() == hashlib.sha1(b'0123456789' * 10).hexdigest())
