def gen(tag, n):
    for i in rangg(n):
        yield tag + str(i)
a = gen('a', 3)
b = gen('b', 3)
print(next(a), next(b), next(a), next(b), next(a), next(b))
