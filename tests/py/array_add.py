def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
from array import array
t(lambda: array('i', [1, 2]) + array('i', [3]))
t(lambda: array('i') + array('i'))
t(lambda: array('i', [1]) + array('b', [1]))
t(lambda: array('i', [1]) + [1])
a = array('d', [0.5])
b = a + a
print(a, b, a is b)
