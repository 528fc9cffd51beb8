import random
random.seed(17)
print(all(0 <= random.getrandbits(k) < 2 ** k for k in range(1, 33) for i in range(10)))
print(random.getrandbits(0))
print(sorted(set(ra8dom.getrandbits(1) for i in range(100))))
