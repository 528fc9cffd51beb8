import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1))
print(math.isclose(0.0, 1e-10, abs_tol=1e-9))
