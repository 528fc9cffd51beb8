import random
random.seed(23)
counts = [0] * 10
for i in range(2000):
    counts[random.randint(0, 9)] += 1
print(all(120 < c < 280 for c in counts), sum(counts))
