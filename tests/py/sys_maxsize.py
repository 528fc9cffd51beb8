import sys
print(sys.maxsize > 2 ** 30, sys.maxsize + 1 > sys.maxsize)
print(isinstance(sys.maxsize, int))
