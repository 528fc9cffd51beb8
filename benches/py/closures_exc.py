# Closures and exceptions: raising, catching, cleanup.
def make_adder(k):
    def add(x):
        return x + k
    return add

def risky(i):
    if i % 5 == 0:
        raise ValueError(i)
    return i

adders = [make_adder(k) for k in range(10)]
total = 0
for i in range(100000):
    try:
        total += adders[i % 10](risky(i))
    except ValueError as e:
        total -= 1
    finally:
        total += 1
print(total)
