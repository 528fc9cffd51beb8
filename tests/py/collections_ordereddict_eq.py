from collections import OrderedDict
a = OrderedDict([('x', 1), ('y', 2)])
print(a == {'x': 1, 'y': 2}, {'y': 2, 'x': 1} == a)
print(a.get('x'), a.get('q', 0), 'y' in a)
