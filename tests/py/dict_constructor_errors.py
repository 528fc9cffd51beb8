try:
    dict([1, 2])
except TypeError:
    print('TypeError')
try:
    dict([(1, 2, 3)])
except ValueError:
    print('ValueError')
