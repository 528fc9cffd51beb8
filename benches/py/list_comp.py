# List comprehensions, slicing and sorting.
def run(n):
    xs = [i * 7 % 1003 for i in range(n)]
    ys = [x for x in xs if x % 2]
    zs = sorted(ys)
    return sum(zs[::3]) + len(xs[10:-10])

total = 0
for _ in range(10):
    total += run(20000)
print(total)
