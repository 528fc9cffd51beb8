def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
from array import array
t(lambda: bytes(array('h', [1, 2])))
t(lambda: bytearray(array('b', [1, -1])))
t(lambda: array('h', bytes(array('h', [7, 8]))))
