import math
print(round(math.sinh(1), 4), round(math.cosh(1), 4), round(math.tanh(0.5), 4))
