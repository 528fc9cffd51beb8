from collections import OrderedDict
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a != b)
print(a == {'y': 2, 'x': 1}, {'y': 2, 'x': 1} == b)
print(a == OrderedDict(x=1, y=2))
print(OrderedDict() == OrderedDict(), a == OrderedDict(x=1))
