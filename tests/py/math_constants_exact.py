import math
print(math.pi, math.e)
print(math.sqrt(2), math.exp(1))
