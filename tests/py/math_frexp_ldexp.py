import math
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-3.0))
print(math.ldexp(0.5, 4), math.ldexp(3, -1))
