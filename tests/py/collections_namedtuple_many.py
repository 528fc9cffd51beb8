from collections import namedtuple
names = ['f%d' % i for i in range(12)]
Big = namedtuple('Big', names)
b = Big(*range(12))
print(b.f0, b.f11, b[5], len(b))
print(b._asdict()['f7'])
