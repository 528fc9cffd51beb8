from collections import OrderedDict
a = OrderedDict(x=1)
print(a == {'x': 1}, {'x': 1} == a, a != {'x': 2})
print(OrderedDict([(1, 'a'), (2, 'b')]) == OrderedDict([(2, 'b'), (1, 'a')]))
print(dict(OrderedDict([(2, 'b'), (1, 'a')])) == {1: 'a', 2: 'b'})
