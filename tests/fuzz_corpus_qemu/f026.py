import sys
print(isinstance(sys.implementation.name, str))
print(sys.byteorder in ('little', 'big'))
