import sys
print(sys.version_info[0] == 3, sys.version_info[0])
print(isinstance(sys.version, str))
