import math
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3))
print(math.modf(2.5), math.modf(-2.5), math.modf(3.0))
