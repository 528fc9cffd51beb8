from array import array
print(array('i', [1, 2]) == array('i', [1, 2]))
print(array('i', [1, 2]) == array('i', [2, 1]))
print(array('i', [1, 2]) == array('h', [1, 2]))
print(array('i', [1]) == array('i', [1, 1]))
print(array('i', [1]) == [1])
