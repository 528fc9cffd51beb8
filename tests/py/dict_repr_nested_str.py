print({'a': 'b', 'c': "d'e"})
print({1: [1, 2], (1,): {}})
print(repr({None: True}))
