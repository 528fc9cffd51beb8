def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
from array import array
a = array('B')
a.frombytes(b'\x01\x02'); print(a)
a.frombytes(bytearray(b'\x03')); print(a)
h = array('h', [1])
t(lambda: h.frombytes(b'\x01'))
t(lambda: h.frombytes([1, 2]))
t(lambda: h.frombytes('ab'))
print(h)
