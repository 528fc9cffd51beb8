from collections import OrderedDict
o = OrderedDict()
for i in range(10):
    o[str(9 - i)] = i
print(''.join(o), sum(o.values()))
print([k for k, v in o.items() if v % 3 == 0])
print(sorted(o) == list(reversed(list(o))))
