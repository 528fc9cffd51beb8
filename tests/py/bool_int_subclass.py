print(isinstance(True, int), issubclass(bool, int))
print(True == 1, False == 0)
print(hash(True) == hash(1))
d = {1: 'one'}
print(d[True])
print(sum([True, True, False, True]))
