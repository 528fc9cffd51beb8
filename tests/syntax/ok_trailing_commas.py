a = [1, 2,]
b = (1,)
c = {1: 2,}
d = {1,}
f(1, 2,)
def g(a, b,): pass
from m import (x, y,)
e = a, b,
