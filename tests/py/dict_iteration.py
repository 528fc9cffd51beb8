d = {'x': 1, 'y': 2}
for k in d:
    print(k, d[k])
print(sorted(d), [k for k in d])
print(list(reversed(list(d.values()))))
