def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
from array import array
a = array('h')
a.extend(range(3)); a.extend([5]); a.extend((6,)); a.extend(array('h', [7]))
a.extend(x for x in [8, 9])
print(a)
t(lambda: a.extend(array('i', [1])))
t(lambda: a.extend(['x']))
t(lambda: a.extend(5))
