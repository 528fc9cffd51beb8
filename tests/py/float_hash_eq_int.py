d = {1: 'a'}
d[1.0] = 'b'
print(d)
s = {2, 2.0, 3.5}
print(len(s))
print(hash(0.0) == hash(0), hash(-1.0) == hash(-1))
