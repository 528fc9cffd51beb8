import math
print(math.floor(2.0 ** 50) == 2 ** 50, math.ceil(-(2.0 ** 50)) == -(2 ** 50))
print(math.trunc(2.0 ** 40 + 0.5) == 2 ** 40)
print(type(math.floor(2.0 ** 70)).__name__, math.floor(2.0 ** 70) == 2 ** 70)
