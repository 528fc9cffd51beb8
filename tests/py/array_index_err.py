from array import array
a = array('i', [1])
for i in (1, -2, 100):
    try:
        a[i]
    except IndexError:
        print('IndexError', i)
try:
    a['x']
except TypeError:
    print('TypeError')
