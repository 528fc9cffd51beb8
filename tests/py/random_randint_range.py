import random
random.seed(7)
vals = [random.randint(-3, 3) for i in range(300)]
print(all(-3 <= v <= 3 for v in vals))
print(sorted(set(vals)))
print(random.randint(5, 5))
