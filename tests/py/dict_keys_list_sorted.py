d = {3: 'c', 1: 'a', 2: 'b'}
print(sorted(d), sorted(d.items()), sorted(d.values(), reverse=True))
print(max(d), min(d, key=lambda k: d[k]))
