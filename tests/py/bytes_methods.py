b = b'a,b,,c'
print(b.split(b','), b.split(b',', 1))
print(b'  x y '.split(), b'  x  '.strip())
print(b'-'.join([b'a', b'b']), b.replace(b',', b';'))
print(b.find(b'b'), b.rfind(b','), b.count(b','), b.index(b'c'))
print(b.startswith(b'a,'), b.endswith(b'c'), b.upper(), b'AB'.lower())
