# random: argument types and ranges (values themselves are not printed)
import random
random.seed(12345)
r = random.getrandbits(100)
print(0 <= r < 2 ** 100, random.getrandbits(0) if False else 0, 0 <= random.getrandbits(70) < 2 ** 70)
print(0 <= random.randrange(2 ** 60) < 2 ** 60, 10 <= random.randrange(10, 2 ** 62, 7) < 2 ** 62)
print(random.randrange(5, 6), random.randint(3, 3), random.choice('x'), random.randrange(-3, -2))
print(0.0 <= random.random() < 1.0, 2.0 <= random.uniform(2, 3) <= 3.0, random.uniform(1, 1))
random.seed('abc')
random.seed(2 ** 100)
random.seed(1.5)
random.seed()
for f in [lambda: random.randrange(0), lambda: random.randrange(5, 1),
          lambda: random.randint(2, 1), lambda: random.choice([]), lambda: random.getrandbits(-1),
          lambda: random.uniform('a', 1), lambda: random.randrange(1, 5, 0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
