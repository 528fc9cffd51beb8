d = dict.fromkeys('dcba', 0)
d.update({'a': 1, 'e': 2})
print(list(d), list(d.values()))
