import gc, hashlib
hs = [hashlib.sha256(str(i).encode()) for i in range(20)]
gc.collect()
for h in hs:
    h.update(b'!')
gc.collect()
print(hs[3].hexdigest()[:16], hs[19].hexdigest() == hashlib.sha256(b'19!').hexdigest())
