from array import array
a = array('i', [3, 5, 7])
print(3 in a, 4 in a, 7 in a)
b = array('d', [0.5])
print(0.5 in b, 1 in b)
