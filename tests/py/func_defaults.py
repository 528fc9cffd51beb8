def f(a, b=2, c='c'):
    return a, b, c
print(f(1), f(1, 3), f(1, c=4), f(a=0, b=0, c=0))
