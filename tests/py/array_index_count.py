def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
from array import array
a = array('h', [5, 1, 5, 2, 5])
print(a.index(5), a.index(2), a.count(5), a.count(9))
t(lambda: a.index(9))
t(lambda: a.index('x'))
print(array('f', [0.5, 1.5]).index(1.5))
print(array('b').count(0))
