from collections import namedtuple
P = namedtuple('P', 'x y')
for args, kw in (((1, 2, 3), {}), ((1,), {}), ((), {'x': 1, 'q': 2}), ((1,), {'x': 2})):
    try:
        print(P(*args, **kw))
    except TypeError:
        print('TypeError')
