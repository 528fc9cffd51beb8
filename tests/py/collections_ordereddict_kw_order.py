from collections import OrderedDict
o = OrderedDict(c=3, a=1, b=2)
print(list(o.keys()))
o['a'] = 10
print(list(o.items()))
