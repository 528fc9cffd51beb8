import math
print(round(math.pi, 4), round(math.e, 4))
print(math.inf > 1e30, math.isnan(math.nan))
print(3.14 < math.pi < 3.15)
