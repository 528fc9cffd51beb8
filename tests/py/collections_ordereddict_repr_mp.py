from collections import OrderedDict
print(OrderedDict())
print(OrderedDict([('a', 1), ('b', 2)]))
o = OrderedDict(x=[1, 2])
print(repr(o))
print(str(OrderedDict({1: OrderedDict(z=0)})))
