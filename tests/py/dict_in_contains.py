d = {1: 'a', 'k': None, (1, 2): 0}
print(1 in d, 'k' in d, (1, 2) in d, 'a' in d, 2 not in d)
print(1.0 in d, True in d)
