import sys
print(type(sys.maxsize).__name__)
print(sys.maxsize >= 2 ** 31 - 1)
print((sys.maxsize + 1) & sys.maxsize == 0)
print(sys.maxsize + 1 > sys.maxsize)
