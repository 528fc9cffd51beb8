def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
from array import array
a = array('h', [1, 2, 3])
m = memoryview(a)
m[0] = 100
m[-1] = -5
print(a)
def s(i, v):
    m[i] = v
t(lambda: s(0, 70000))
t(lambda: s(0, 'x'))
t(lambda: s(9, 1))
print(a)
