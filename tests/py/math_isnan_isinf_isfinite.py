import math
for x in (1.0, float('inf'), float('-inf'), float('nan'), 0.0):
    print(x, math.isnan(x), math.isinf(x), math.isfinite(x))
