l = [1, 2]
print(3 not in l, 1 not in l, None is not None, l is not [1, 2])
print(not 1 in l, not (1 in l))
