print(sorted(set('hello')), sorted(set([3, 3, 1])), sorted(set(range(4))))
print(sorted(set({'k': 1, 'j': 2})), set(()) == set())
