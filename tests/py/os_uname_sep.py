# mupy: host-only
import os
u = os.uname()
print(len(u), u[0])
print(all(type(x) is str for x in u))
print(os.sep)
