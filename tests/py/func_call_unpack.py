def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args), f(*(4, 5), 6), f(1, *[2], *[3]))
print(f(**{'a': 1, 'b': 2, 'c': 3}), f(1, **{'c': 3, 'b': 2}))
print(f(*range(3)), f(*'', 7, 8, 9))
