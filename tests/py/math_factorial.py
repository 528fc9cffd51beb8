import math
print(math.factorial(0), math.factorial(5), math.factorial(20))
try:
    math.factorial(-1)
except ValueError:
    print('ValueError')
