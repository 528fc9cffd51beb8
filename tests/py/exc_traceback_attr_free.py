def f(n):
    if n == 0:
        raise IndexError('bottom')
    return f(n - 1)
try:
    f(50)
except IndexError as e:
    print('caught', e)
