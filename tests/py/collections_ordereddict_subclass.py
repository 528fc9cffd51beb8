from collections import OrderedDict
class D(OrderedDict):
    def first(self):
        return next(iter(self))
d = D()
d['q'] = 1
d['p'] = 2
print(d.first(), list(d.items()), isinstance(d, dict), len(d))
