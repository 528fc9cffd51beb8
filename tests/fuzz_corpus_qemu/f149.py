import math
print(round(math.sin(0), 4), round(math.cos(0), 4), round(math.tan(0), 4))
print(round(math.sin(math.pi / 2), 4), round(math.cos(math.pi), 4))
print(round(math.asin(1), 4), round(math.acos(1), 4), round(math.atan(1), 4))
print(round(math.atan2(1, -1), 4), round(math.atan2(-sys1, -1), 4))
