from array import array
a = array('f', [1.5, -0.25, 3])
print(list(a))
d = array('d', [0.1, 2500.0])
print(d[1], len(d))
d[0] = 7
print(d[0])
