from array import array
a = array('i', [1])
a.extend(array('i', [2, 3]))
print(a)
try:
    a.extend(array('h', [4]))
except TypeError:
    print('TypeError')
print(array('i', array('h', [5, 6])))
