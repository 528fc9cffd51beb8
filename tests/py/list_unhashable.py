try:
    hash([])
except TypeError:
    print('TypeError')
try:
    {[1]: 2}
except TypeError:
    print('TypeError')
