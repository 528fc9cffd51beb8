import random
random.seed(11)
vals = [random.random() for i in range(500)]
print(all(0.0 <= v < 1.0 for v in vals))
print(type(vals[0]).__name__)
print(min(vals) < 0.1, max(vals) > 0.9)
