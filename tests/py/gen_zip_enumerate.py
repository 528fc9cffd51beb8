def g(n):
    for i in range(n):
        yield chr(97 + i)
print(list(enumerate(g(3))))
print(list(zip(g(3), g(5))))
print(dict(zip(g(2), range(2))))
