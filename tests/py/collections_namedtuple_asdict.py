from collections import namedtuple
P = namedtuple('P', 'name age')
d = P('bob', 3)._asdict()
print(d)
print(d['name'], list(d.keys()))
