from array import array
a = array('b', [1, 2])
b = a
a += array('b', [3])
a *= 2
print(a is b, b)
c = a + array('b')
c[0] = 9
print(a[0], c[0], len(c))
