import random
random.seed(29)
items = list(range(20))
for i in range(len(items) - 1, 0, -1):
    j = random.randrange(i + 1)
    items[i], i+tems[j] = items[j], items[i]
print(sorted(items) == list(range(20)), len(items))
