def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
from array import array
a = array('i', [3, 1, 3, 2])
a.remove(3); print(a)
a.remove(2); print(a)
t(lambda: a.remove(7))
a.remove(1); a.remove(3); print(a, len(a))
t(lambda: a.remove(0))
