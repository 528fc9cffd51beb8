import math
print(math.sqrt(16), math.sqrt(2.25), math.sqrt(0))
print(math.pow(2, 10), math.pow(4, 0.5), math.pow(2, -1))
try:
    math.sqrt(-1)
except ValueError:
    print('ValueError')
