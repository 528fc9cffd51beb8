import cmath, math
print(round(cmath.e, 4), round(cmath.pi, 4))
print(cmath.e == math.e, cmath.pi == math.pi)
