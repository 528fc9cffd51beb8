from array import array
a = array('i', [1, 2, 3])
a[0] = 5
a[-1] = 7
print(a)
try:
    a[3] = 1
except IndexError:
    print('IndexError')
