import math
print(round(math.exp(1), 4), math.exp(0))
print(round(math.log(math.e), 4), math.log(1))
print(round(math.log(100, 10), 4), round(math.log(8, 2), 4))
print(round(math.log2(1024), 4), round(math.log10(1000), 4))
try:
    math.log(0)
except ValueError:
    print('ValueError')
