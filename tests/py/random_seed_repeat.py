import random
random.seed(1)
a = [random.randint(1, 100) for i in range(10)]
random.seed(1)
b = [random.randint(1, 100) for i in range(10)]
print(a == b)
random.seed(42)
x = random.random()
random.seed(42)
print(x == random.random())
