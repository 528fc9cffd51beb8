import hashlib
for f in (hashlib.sha256, hashlib.sha1, hashlib.md5):
    try:
        f('text')
    except TypeError:
        print('TypeError')
try:
    hashlib.sha256().update(5)
except TypeError:
    print('TypeError')
