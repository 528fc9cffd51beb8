def countdown(n):
    while n > 0:
        yield n
        n -= 1
for a in countdown(3):
    print(a, list(countdown(a)))
