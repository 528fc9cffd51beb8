def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
from array import array
t(lambda: array('i', [1, 2]) < array('i', [1, 3]))
t(lambda: array('i', [1, 2]) <= array('i', [1, 2]))
t(lambda: array('i', [2]) > array('i', [1, 9]))
t(lambda: array('i', [1]) >= array('i', [1, 0]))
t(lambda: array('i', [1]) < array('d', [1.5]))
t(lambda: array('b') < array('b', [0]))
t(lambda: array('i', [1]) == array('d', [1.0]))
t(lambda: array('i', [1]) != array('i', [1]))
