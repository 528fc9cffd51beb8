b = b'abc'
try:
    b[0] = 1
except TypeError:
    print('TypeError')
try:
    b'a' + 'b'
except TypeError:
    print('TypeError')
