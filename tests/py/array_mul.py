def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
from array import array
t(lambda: array('i', [1, 2]) * 2)
t(lambda: 3 * array('b', [7]))
t(lambda: array('i', [1]) * 0)
t(lambda: array('i', [1]) * -1)
t(lambda: array('i', [1]) * 1.5)
t(lambda: array('i', [1]) * 'x')
