def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
from collections import OrderedDict
t(lambda: list(OrderedDict([(1, 2), (3, 4)]).items()))
t(lambda: list(OrderedDict({'a': 1}).items()))
t(lambda: list(OrderedDict(a=1, b=2).items()))
t(lambda: list(OrderedDict([('a', 1)], b=2).items()))
t(lambda: OrderedDict(1, 2))
t(lambda: OrderedDict(5))
t(lambda: len(OrderedDict()))
