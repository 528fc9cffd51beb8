print(isinstance(1, int), isinstance('a', str), isinstance([], (tuple, list)))
print(isinstance(1, (float, (str, int))))
print(issubclass(int, object), issubclass(bool, int), issubclass(list, (str, tuple)))
try:
    isinstance(1, 1)
except TypeError:
    print('TypeError')
