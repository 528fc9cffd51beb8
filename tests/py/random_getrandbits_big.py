import random
random.seed(19)
print(all(0 <= random.getrandbits(64) < 2 ** 64 for i in range(50)))
print(all(0 <= random.getrandbits(100) < 2 ** 100 for i in range(50)))
print(any(random.getrandbits(64) >= 2 ** 63 for i in range(50)))
