from array import array
a = array('h', [1, -2, 300])
b = a.tobytes()
c = array('h'); c.frombytes(b)
print(len(b), c == a, c)
print(array('B', b'abc').tobytes())
