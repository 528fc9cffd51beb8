z = -0.0
print(z, 0.0, -z)
print(z == 0, str(z))
print(0.0 * -1)
import math
print(math.copysign(1, z), math.copysign(1, 0.0))
