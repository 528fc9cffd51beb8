def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
from array import array
a = array('B', [0, 255])
t(lambda: a.insert(0, -1))
t(lambda: a.insert(0, 256))
a.insert(1, 128); print(a)
a[0:1] = array('B', [1, 2]); print(a)
print(a.tobytes(), a.index(255))
