try:
    issubclass(1, int)
except TypeError:
    print('TypeError')
print(issubclass(int, int), issubclass(object, int))
