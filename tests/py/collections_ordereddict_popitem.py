from collections import OrderedDict
d = OrderedDict()
for k in 'abc':
    d[k] = ord(k)
print(d.popitem())
print(list(d))
print(d.pop('a'), list(d))
