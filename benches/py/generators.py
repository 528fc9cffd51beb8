# Generators: yield, generator expressions, chained iteration.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

print(sum(evens(count(300000))) + sum(x * x for x in range(100000)))
