import random
random.seed(5)
vals = set(random.randrange(10, 0, -2) for i in range(200))
print(sorted(vals))
print(all(-5 <= random.randrange(-5, 0) < 0 for i in range(100)))
