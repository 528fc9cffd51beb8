import random
random.seed(3)
print(all(0 <= random.randrange(10) < 10 for i in range(200)))
print(all(5 <= random.randrange(5, 10) < 10 for i in range(200)))
print(all(random.randrange(0, 10, 3) in (0, 3, 6, 9) for i in range(200)))
print(sorted(set(random.randrange(0, 10, 3) for i in range(200))))
