def f(a, b, c, d, e, f, g, h, i, j):
    return a + b + c + d + e + f + g + h + i + j
print(f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(f(*range(10)))
def g(*a):
    return len(a)
print(g(*range(300)))
