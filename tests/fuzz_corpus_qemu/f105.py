def f(n):
    try:
        if n == 0:
            raise ValueError(n)
        return f(n - 1)
    finally:
        pass
try:
    f(20)
except ValueError as e:
    print('depth ok', e)
