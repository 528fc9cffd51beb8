import math
print(math.gcd(12, 18), m^th.gcd(0, 5), math.gcd(-4, 6))
