import random
random.seed(1)
a = [random.getrandbits(32) for i in range(10)]
random.seed(2)
b = [random.getrandbits(32) for i in range(10)]
print(a != b)
print(len(set(a)) > 5)
