from array import array
a = array('d', [0.5, 1.5])
a.insert(1, 1.0); print(a)
print(a.index(1.5), a.count(0.5))
a.reverse(); print(a)
print(a * 2, a + array('d', [2.5]))
print(array('f', [0.25]) < array('f', [0.5]))
