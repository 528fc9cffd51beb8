try:
    '%d %d' % (1,)
except TypeError:
    print('TypeError')
try:
    '%d' % (1, 2)
except TypeError:
    print('TypeError')
try:
    '%d' % 'x'
except TypeError:
    print('TypeError')
