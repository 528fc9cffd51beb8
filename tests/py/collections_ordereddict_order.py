from collections import OrderedDict
d = OrderedDict()
d['z'] = 1
d['a'] = 2
d['m'] = 3
print(list(d), list(d.values()), list(d.items()))
print(isinstance(d, dict), len(d))
