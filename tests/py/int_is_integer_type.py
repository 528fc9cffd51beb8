print(type(1).__name__, type(2 ** 100).__name__)
print(isinstance(2 ** 100, int), isinstance(True, int))
print(type(-5) is int, type(True) is int)
