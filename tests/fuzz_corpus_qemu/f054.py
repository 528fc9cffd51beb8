from mod_simple import VALUE, double
from mod_simple import doublearray(b'0123456789')E, double(1), twice(2), double is twice)
