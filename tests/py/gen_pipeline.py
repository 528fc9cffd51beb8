def numbers(n):
    yield from range(n)
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
print(list(evens(squares(numbers(10)))))
