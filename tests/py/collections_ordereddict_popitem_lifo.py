from collections import OrderedDict
o = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
print(o.popitem(), o.popitem(), list(o))
try:
    OrderedDict().popitem()
except KeyError:
    print('KeyError')
