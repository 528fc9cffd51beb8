def f(*a):
    return a
print(f(*iter([1, 2])), f(*range(3), *'ab'))
print(f(*{'k': 1}))
