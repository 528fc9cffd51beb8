d = {'a': 1, 'b': 2}
for k, v in d.items():
    print(k, v)
for i, (k, v) in enumerate(sorted(d.items())):
    print(i, k, v)
