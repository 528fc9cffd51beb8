o = bytearray(b'a,b')
for r in [o.upper(), o.strip(), o.replace(b',', b';'), o.split(b',')[0], o.partition(b',')[0], o.center(5), o.zfill(5)]:
    print(type(r).__name__, r)
