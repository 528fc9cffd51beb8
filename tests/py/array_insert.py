def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
from array import array
a = array('i', [1, 2, 3])
a.insert(0, 9); print(a)
a.insert(-1, 8); print(a)
a.insert(100, 7); print(a)
a.insert(-100, 6); print(a)
t(lambda: a.insert(0, 'x'))
t(lambda: array('B').insert(0, 256))
b = array('d'); b.insert(0, 1.5); print(b)
