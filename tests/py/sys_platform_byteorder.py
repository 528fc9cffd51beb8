# mupy: host-only
import sys
print(sys.platform)
print(sys.byteorder)
print(sys.byteorder in ('little', 'big'))
