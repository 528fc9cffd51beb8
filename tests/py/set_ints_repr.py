print({1}, {0})
print(set([5]))
print(frozenset([7]))
print(frozenset(), set())
