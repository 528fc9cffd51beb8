import sys
print(sys.implementation.name)
print(sys.implementation._mpy & 0xff)
