print(hash(2 ** 70) == hash(2 ** 70))
print(hash(5) == hash(5))
print(hash(2 ** 10) == hash(1024))
d = {2 ** 70: 'big', 1: 'one'}
print(d[2 ** 70], d[1])
print(d.get(2 ** 70 + 1))
