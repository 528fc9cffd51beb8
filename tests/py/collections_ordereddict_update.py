from collections import OrderedDict
d = OrderedDict([('a', 1), ('b', 2)])
d.update({'c': 3})
del d['a']
d['a'] = 9
print(list(d.items()))
d['b'] = 7
print(list(d.items()))
