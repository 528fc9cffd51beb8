# mupy: host-only
import os
names = os.listdir()
print(type(names).__name__)
print(names == os.listdir('.'))
print(all(type(n) is str for n in names))
