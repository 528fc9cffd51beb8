import math
print(math.sqrt(2), math.sqrt(3))
print(math.log(10), math.sin(1))
print(math.tan(math.pi / 4))
