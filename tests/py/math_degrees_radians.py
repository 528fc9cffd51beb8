import math
print(round(math.degrees(math.pi), 4), round(math.radians(180), 4))
print(round(math.degrees(1), 4))
