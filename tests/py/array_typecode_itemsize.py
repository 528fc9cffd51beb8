from array import array
for c in 'bBhHiIqQfd':
    a = array(c)
    print(a.typecode, a.itemsize)
print(array('l').itemsize in (4, 8))
