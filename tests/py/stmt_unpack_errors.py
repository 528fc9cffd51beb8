for val in ([1, 2, 3], [1]):
    try:
        a, b = val
    except ValueError:
        print('ValueError', len(val))
try:
    a, b = 5
except TypeError:
    print('TypeError')
try:
    a, *b, c = [1]
except ValueError:
    print('ValueError star')
