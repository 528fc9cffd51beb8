from array import array
a = array('i', [1, 2, 3])
print(2 in a, 5 in a, 2.0 in a, 'x' in a)
print(1.5 in array('d', [1.5]), 0 in array('B'))
