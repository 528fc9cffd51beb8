import math
print(math.sqrt(9), math.floor(7), math.ceil(-7), math.fabs(-4))
print(math.sqrt(True), math.exp(False))
