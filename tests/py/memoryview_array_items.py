def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
from array import array
a = array('h', [1, -2, 300])
m = memoryview(a)
print(len(m), m[0], m[1], m[-1], list(m))
t(lambda: m[3])
t(lambda: m[-4])
print(list(memoryview(array('d', [0.5, 1.5]))))
print(memoryview(array('i', [7, 8]))[1], memoryview(array('B', [1, 2])).tobytes())
