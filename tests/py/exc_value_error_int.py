try:
    int('x')
except ValueError as e:
    print(type(e).__name__)
try:
    [].index(1)
except ValueError:
    print('ValueError index')
try:
    a, b = [1]
except ValueError:
    print('ValueError unpack')
