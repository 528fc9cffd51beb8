from array import array
print(array('h', [1, -1]).tobytes())
print(array('B', [65, 66]).tobytes())
print(array('I', [1]).tobytes())
print(array('i').tobytes())
