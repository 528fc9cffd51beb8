from collections import OrderedDict
o = OrderedDict()
o['b'] = 1
o['a'] = 2
print(type(o).__name__, isinstance(o, dict), isinstance(o, OrderedDict))
print(list(o), list(o.values()), list(o.items()))
print(len(o), 'a' in o, o['b'], o.get('z', 9))
print(type(o.copy()).__name__, o.copy() == o)
print(isinstance({}, OrderedDict))
