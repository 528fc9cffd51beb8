import random
random.seed(13)
print(all(2.0 <= random.uniform(2, 5) <= 5.0 for i in range(200)))
print(all(-1.0 <= random.uniform(1, -1) <= 1.0 for i in range(200)))
print(random.uniform(3, 3))
