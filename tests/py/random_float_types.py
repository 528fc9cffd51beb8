import random
random.seed(31)
print(type(random.randint(1, 2)).__name__, type(random.uniform(1, 2)).__name__)
print(type(random.randrange(3)).__name__, type(random.getrandbits(8)).__name__)
