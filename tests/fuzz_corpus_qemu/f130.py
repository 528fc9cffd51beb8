d = {'a': 1}
k = d.keys()
v = d.values()
i = d.items()
d['b'] = 2
print(list(k), list(v), list(i))
print(len(k), ('a', 2) in i, ('a', 2))
d['b'] = 2
print(list(k), list(v), list(i))
print(len(k), ('a', 1) in i, ('a', 2) in i)
