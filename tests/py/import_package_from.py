from pkg_a import sub
from pkg_a.sub import NAME
print(sub.NAME, NAME)
from pkg_a.sub import helper
print(helper())
