print(1, 'a', 1.5, None, True, [1], (2,), {3: 4})
print([None, True, 'x', 0.5], ('t',))
print({'nested': [1, (2, {'k': None})]})
