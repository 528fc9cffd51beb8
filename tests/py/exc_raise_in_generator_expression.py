def check(x):
    if x > 2:
        raise ValueError(x)
    return x
try:
    print(list(check(i) for i in range(5)))
except ValueError as e:
    print('ValueError', e)
