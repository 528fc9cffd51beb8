import math
for f, x in ((math.sqrt, -1.0), (math.log, -1.0), (math.acos, 2.0), (math.asin, -2.0)):
    try:
        f(x)
    except ValueError:
        print(f.__name__, 'ValueError')
