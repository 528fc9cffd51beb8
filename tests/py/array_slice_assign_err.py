def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
from array import array
a = array('h', range(6))
def s(i, v):
    a[i] = v
t(lambda: s(slice(0, 2), [1, 2]))
t(lambda: s(slice(0, 2), array('i', [1, 2])))
t(lambda: s(slice(0, 6, 2), array('h', [1])))
print(a)
