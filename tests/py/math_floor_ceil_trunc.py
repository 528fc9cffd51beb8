import math
for x in (2.5, -2.5, 3.0, -0.5, 7):
    print(x, math.floor(x), math.ceil(x), math.trunc(x))
print(type(math.floor(1.5)).__name__)
