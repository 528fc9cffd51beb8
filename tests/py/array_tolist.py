from array import array
a = array('b', [1, -2, 3])
l = a.tolist()
print(l, type(l) is list)
print(array('d', [0.5]).tolist())
