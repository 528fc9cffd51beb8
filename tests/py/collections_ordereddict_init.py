from collections import OrderedDict
print(list(OrderedDict([('b', 1), ('a', 2)]).items()))
print(list(OrderedDict(x=1, y=2).items()))
print(len(OrderedDict()))
print(sorted(OrderedDict.fromkeys('cab')))
