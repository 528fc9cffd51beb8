from array import array
a = array('h', range(6)); a[1:3] = array('h', [7, 8, 9]); print(a)
a = array('h', range(6)); a[::2] = array('h', [7, 8, 9]); print(a)
a = array('h', range(6)); a[4:] = array('h'); print(a)
a = array('h', range(3)); a[3:] = array('h', [5]); print(a)
a = array('h', range(3)); a[:0] = array('h', [5]); print(a)
a = array('h', range(4)); a[::-1] = array('h', [1, 2, 3, 4]); print(a)
