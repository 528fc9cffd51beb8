import math
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -1), math.copysign(-2.0, 5))
