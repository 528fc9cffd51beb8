from mod_simple import VALUE, double
from mod_simple import double as twice
print(VALUE, double(1), twice(2), double is twice)
