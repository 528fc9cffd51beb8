d = {'a': 1, None: 'none'}
print(d.get('a'), d.get('b'), d.get('b', 0), d.get(None))
print(d.get('a', 'default'))
