import sys
print(isinstance(sys.path, list))
