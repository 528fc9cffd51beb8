# mupy: host-only
import os
print(os.getenv('MUPY_SURELY_UNSET_VARIABLE'))
print(os.getenv('MUPY_SURELY_UNSET_VARIABLE', 'dflt'))
p = os.getenv('PATH')
print(type(p).__name__, len(p) > 0)
