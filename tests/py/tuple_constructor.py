print(tuple([1, 2]), tuple('ab'), tuple(range(3)))
print(tuple(x * x for x in range(4)))
print(tuple({'a': 1}), tuple((5, 6)))
