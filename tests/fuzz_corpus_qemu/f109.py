d = {'one': 1, 'two': 2, 'three': 3}
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, v)
print(len(d.keys()), 'two' in d.keys(), 2 in d.values())
