from array import array
print(array('b'))
print(array('B', [1, 2]))
print(repr(array('d', [1.5])))
print([array('q', [-1])])
