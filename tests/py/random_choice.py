import random
random.seed(9)
seq = [1, 'a', None]
print(all(random.choice(seq) in seq for i in range(100)))
print(all(random.choice('xyz') in 'xyz' for i in range(100)))
print(sorted(set(random.choice((1, 2, 3)) for i in range(200))))
print(random.choice([42]))
