import sys
print(sys.version_info[0])
print(sys.version_info >= (3, 4))
print(type(sys.version).__name__)
