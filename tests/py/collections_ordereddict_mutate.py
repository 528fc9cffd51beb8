from collections import OrderedDict
o = OrderedDict([(k, 0) for k in 'abc'])
del o['b']
o['b'] = 5
print(list(o.items()))
o.update({'a': 9, 'd': 1})
print(list(o.items()))
print(o.pop('c'), o.setdefault('e', 7), list(o))
print(o.popitem(), list(o))
o.clear()
print(len(o), list(o))
