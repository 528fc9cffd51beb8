import gc
from collections import namedtuple
P = namedtuple('P', 'name vals')
ps = [P('p%d' % i, [i] * 3) for i in range(100)]
gc.collect()
print(ps[7], ps[99].name, sum(p.vals[0] for p in ps))
del P
gc.collect()
print(type(ps[0]).__name__, ps[3]._asdict())
