import gc
from collections import namedtuple
P = namedtuple('P', 'a b')
acc = ()
for i in range(30):
    acc = acc + P(i, -i)
    if i % 10 == 0:
        gc.collect()
print(len(acc), acc[:4], sum(acc))
print((P(1, 2) * 3)[-1])
